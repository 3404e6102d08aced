/**
 * App approvals ("I approve") per SuperID user and client, kept server-side like SuperOffice does, so a
 * second sign-in from a fresh browser skips the approval page until the tenant admin uninstalls the app.
 */
export class Approvals {
  readonly #approved = new Set<string>();

  approve(accountId: string, clientId: string): void {
    this.#approved.add(key(accountId, clientId));
  }

  has(accountId: string, clientId: string): boolean {
    return this.#approved.has(key(accountId, clientId));
  }

  /** Forgets every approval the account gave. */
  revokeAll(accountId: string): void {
    for (const entry of this.#approved) if (entry.startsWith(`${accountId}\n`)) this.#approved.delete(entry);
  }
}

function key(accountId: string, clientId: string): string {
  return `${accountId}\n${clientId}`;
}
