/** Long random-looking strings (tokens, codes, verifiers) never belong on disk or in a DTO. */
export const TOKEN_LIKE = /[A-Za-z0-9_\-.~+/]{32,}/;
