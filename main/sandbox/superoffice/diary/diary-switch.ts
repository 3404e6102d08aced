import { setTimeout as delay } from 'node:timers/promises';
import type { Context } from 'koa';
import { sendMalformedJson } from '../malformed.js';
import { sendRestError } from '../rest/rest-errors.js';
import type { SuperOfficeSwitches } from '../switches.js';

/** How long the 'slow' diary waits before answering. */
export const SLOW_DIARY_MS = 8_000;

export type DiaryMode = 'answer' | 'empty' | 'done';

/**
 * Applies the `diary` switch to a diary request (after authentication): 'server_error' → 500,
 * 'malformed_json' → 200 with a cut-off body, 'slow' → the normal answer after 8 s (503 when the sandbox
 * closes meanwhile), 'empty' → the user has no appointments. 'done' means the response is already set.
 */
export async function applyDiarySwitch(ctx: Context, switches: SuperOfficeSwitches, lifetime: AbortSignal): Promise<DiaryMode> {
  switch (switches.diary) {
    case 'server_error':
      sendRestError(ctx, 500, 'Internal server error (sandbox switch diary=server_error)', 'SoServerException');
      return 'done';
    case 'malformed_json':
      sendMalformedJson(ctx);
      return 'done';
    case 'slow':
      try {
        await delay(SLOW_DIARY_MS, undefined, { signal: lifetime });
      } catch {
        sendRestError(ctx, 503, 'The sandbox is shutting down', 'ServiceUnavailable');
        return 'done';
      }
      return 'answer';
    case 'empty':
      return 'empty';
    case 'normal':
      return 'answer';
  }
}
