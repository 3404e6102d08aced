import { z } from 'zod';

/** Fault and behaviour toggles of the SuperOffice emulator; tests flip fields directly or PATCH them over HTTP. */
export interface SuperOfficeSwitches {
  /** Each refresh returns a new refresh token and the old one dies (default: the same token keeps working). */
  rotateRefreshTokens: boolean;
  accessTokenTtlSeconds: number;
  /** 'slow' answers after 10 s. */
  tokenEndpoint: 'normal' | 'server_error' | 'malformed_json' | 'slow';
  stateApi: 'normal' | 'down' | 'malformed_json';
  restApi: 'normal' | 'server_error' | 'malformed_json';
}

export function defaultSwitches(): SuperOfficeSwitches {
  return {
    rotateRefreshTokens: false,
    accessTokenTtlSeconds: 3600,
    tokenEndpoint: 'normal',
    stateApi: 'normal',
    restApi: 'normal',
  };
}

/** A partial update as accepted by `PATCH /__sandbox/switches`; unknown fields are rejected. */
export const switchesPatchSchema = z
  .object({
    rotateRefreshTokens: z.boolean(),
    accessTokenTtlSeconds: z.number().int().min(1).max(365 * 24 * 60 * 60),
    tokenEndpoint: z.enum(['normal', 'server_error', 'malformed_json', 'slow']),
    stateApi: z.enum(['normal', 'down', 'malformed_json']),
    restApi: z.enum(['normal', 'server_error', 'malformed_json']),
  })
  .partial()
  .strict();

/** How long the 'slow' token endpoint waits before answering. */
export const SLOW_TOKEN_ENDPOINT_MS = 10_000;
