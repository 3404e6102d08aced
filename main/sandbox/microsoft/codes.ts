import { opaqueToken } from './ids.js';
import type { CodeChallenge } from './pkce.js';
import type { RequestedScopes } from './scopes.js';

/** Entra authorization codes live about 10 minutes. */
export const CODE_TTL_MS = 10 * 60 * 1000;

export interface AuthCode {
  code: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: RequestedScopes;
  challenge: CodeChallenge | undefined;
  nonce: string | undefined;
  authTime: number;
  issuedAt: number;
  redeemed: boolean;
}

/** Issued authorization codes (single use; kept after redemption to answer reuse with AADSTS54005). */
export class AuthCodes {
  readonly #codes = new Map<string, AuthCode>();

  issue(fields: Omit<AuthCode, 'code' | 'redeemed'>): AuthCode {
    const code: AuthCode = { ...fields, code: opaqueToken(), redeemed: false };
    this.#codes.set(code.code, code);
    return code;
  }

  find(code: string): AuthCode | undefined {
    return this.#codes.get(code);
  }

  clear(): void {
    this.#codes.clear();
  }
}
