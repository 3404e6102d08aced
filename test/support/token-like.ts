/** Long random-looking strings (tokens, codes, verifiers) never belong on disk or in a DTO. */
export const TOKEN_LIKE = /[A-Za-z0-9_\-.~+/]{32,}/;

/** The token-like strings in `text`, apart from known public identifiers (e.g. Webex's base64 person ids). */
export function tokenLikeStrings(text: string, publicIds: string[] = []): string[] {
  // GUIDs (Microsoft object ids) are identifiers, not secrets.
  let rest = text.replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '');
  for (const id of publicIds) rest = rest.split(id).join('');
  return rest.match(new RegExp(TOKEN_LIKE.source, 'g')) ?? [];
}
