/**
 * Delegated permission grants of the sandbox app (Entra's oauth2PermissionGrants): one per user who
 * consented for themselves, plus one tenant-wide grant when an admin consented for the organisation.
 */
export class ConsentGrants {
  readonly #users = new Map<string, Set<string>>();
  readonly #tenant = new Set<string>();

  /** Everything the user may use: their own grant plus the tenant-wide one. */
  effective(userId: string): Set<string> {
    return new Set([...this.#tenant, ...(this.#users.get(userId) ?? [])]);
  }

  covers(userId: string, scopes: Iterable<string>): boolean {
    const effective = this.effective(userId);
    return [...scopes].every((scope) => effective.has(scope));
  }

  grantUser(userId: string, scopes: Iterable<string>): void {
    const grant = this.#users.get(userId) ?? new Set<string>();
    for (const scope of scopes) grant.add(scope);
    this.#users.set(userId, grant);
  }

  grantTenant(scopes: Iterable<string>): void {
    for (const scope of scopes) this.#tenant.add(scope);
  }

  revokeUser(userId: string): void {
    this.#users.delete(userId);
  }

  revokeTenant(): void {
    this.#tenant.clear();
  }

  hasTenantGrant(): boolean {
    return this.#tenant.size > 0;
  }
}
