import { setTimeout as delay } from 'node:timers/promises';
import type { Context } from 'koa';
import { sendRestError } from '../rest/rest-errors.js';
import type { SuperOfficeSwitches } from '../switches.js';

/** How long the 'slow' ForeignSystem agent waits before answering. */
export const SLOW_FOREIGN_SYSTEM_MS = 8_000;

/**
 * Applies the `foreignSystem` switch to a ForeignSystem agent call (after authentication, before the body is
 * read): unset or 'normal' → true; 'server_error' → 500 in the WebAPI error shape, nothing read or written;
 * 'slow' → true after 8 s (503 when the sandbox closes meanwhile, nothing written). False when the response
 * is already set.
 */
export async function applyForeignSystemSwitch(ctx: Context, switches: SuperOfficeSwitches, lifetime: AbortSignal): Promise<boolean> {
  switch (switches.foreignSystem ?? 'normal') {
    case 'server_error':
      sendRestError(ctx, 500, 'Internal server error (sandbox switch foreignSystem=server_error)', 'SoServerException');
      return false;
    case 'slow':
      try {
        await delay(SLOW_FOREIGN_SYSTEM_MS, undefined, { signal: lifetime });
      } catch {
        sendRestError(ctx, 503, 'The sandbox is shutting down', 'ServiceUnavailable');
        return false;
      }
      return true;
    case 'normal':
      return true;
  }
}
