import type { Context } from 'koa';
import type { z } from 'zod';
import { readBody } from '../../http/read-body.js';
import { badRequest, sendCalendarError } from './errors.js';
import { schemaErrorMessage } from './event-input.js';

/** Reads and validates a JSON request body; on failure answers Calendar's 400 and returns undefined. */
export async function readJsonBody<T>(ctx: Context, schema: z.ZodType<T>): Promise<T | undefined> {
  const raw = await readBody(ctx.req);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '');
  } catch {
    sendCalendarError(ctx, 400, { domain: 'global', reason: 'parseError', message: 'Parse Error' });
    return undefined;
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    badRequest(ctx, schemaErrorMessage(result.error));
    return undefined;
  }
  return result.data;
}

/** `conferenceDataVersion` (0 when absent; 0 or 1 allowed); undefined after answering 400. */
export function conferenceDataVersion(ctx: Context): 0 | 1 | undefined {
  const raw = ctx.query.conferenceDataVersion;
  if (raw === undefined) return 0;
  if (raw === '0' || raw === '1') return Number(raw) as 0 | 1;
  badRequest(ctx, `Invalid value '${String(raw)}'. Values must be within the range: [0, 1]`);
  return undefined;
}

const SEND_UPDATES = new Set(['all', 'externalOnly', 'none']);

/** Validates `sendUpdates` (all | externalOnly | none); false after answering 400. */
export function sendUpdatesValid(ctx: Context): boolean {
  const raw = ctx.query.sendUpdates;
  if (raw === undefined || (typeof raw === 'string' && SEND_UPDATES.has(raw))) return true;
  badRequest(ctx, `Invalid value '${String(raw)}' for sendUpdates. Allowed values: all, externalOnly, none`);
  return false;
}
