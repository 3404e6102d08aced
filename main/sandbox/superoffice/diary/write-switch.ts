import type { Context } from 'koa';
import { sendRestError } from '../rest/rest-errors.js';
import type { SuperOfficeSwitches } from '../switches.js';

/** Resolves when the sandbox closes or the client goes away, whichever comes first. */
function untilClosed(ctx: Context, lifetime: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (lifetime.aborted || ctx.res.writableEnded) {
      resolve();
      return;
    }
    const done = () => {
      lifetime.removeEventListener('abort', done);
      ctx.res.off('close', done);
      resolve();
    };
    lifetime.addEventListener('abort', done, { once: true });
    ctx.res.once('close', done);
  });
}

/** How long an 'applied_late' write is held after its connection is cut, before it is applied. */
export const APPLIED_LATE_MS = 1500;

/**
 * What a write does after the switch: refused (the response is set), saved and answered, saved and its
 * answer lost, or (its connection already cut) applied now, after being held.
 */
export type WriteVerdict = 'refused' | 'write' | 'write-then-lose-answer' | 'write-unanswered';

/** Resolves after `ms`, or at once when the sandbox closes (true then). */
function closedWithin(ms: number, lifetime: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (lifetime.aborted) {
      resolve(true);
      return;
    }
    const closed = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      lifetime.removeEventListener('abort', closed);
      resolve(false);
    }, ms);
    lifetime.addEventListener('abort', closed, { once: true });
  });
}

/**
 * Applies the `appointmentWrite` switch to a write (after authentication and reading the body):
 * 'server_error' → 500 in the WebAPI error shape; 'bad_request' → 400 (a clear refusal); 'hang' → no
 * answer until the client gives up or the sandbox closes (then 503); 'lost' → the connection is cut and
 * nothing is written; 'applied_then_lost' → the write goes ahead but its answer is lost (see `loseAnswer`);
 * 'applied_late' → the connection is cut at once, the write is held APPLIED_LATE_MS and then applied
 * (checks and all), unless the sandbox closes first.
 */
export async function applyWriteSwitch(ctx: Context, switches: SuperOfficeSwitches, lifetime: AbortSignal): Promise<WriteVerdict> {
  switch (switches.appointmentWrite ?? 'normal') {
    case 'server_error':
      sendRestError(ctx, 500, 'Internal server error (sandbox switch appointmentWrite=server_error)', 'SoServerException');
      return 'refused';
    case 'bad_request':
      sendRestError(ctx, 400, 'The appointment cannot be saved (sandbox switch appointmentWrite=bad_request)', 'ArgumentException');
      return 'refused';
    case 'lost':
      loseAnswer(ctx);
      return 'refused';
    case 'applied_late':
      loseAnswer(ctx);
      return (await closedWithin(APPLIED_LATE_MS, lifetime)) ? 'refused' : 'write-unanswered';
    case 'hang':
      await untilClosed(ctx, lifetime);
      sendRestError(ctx, 503, 'The sandbox is shutting down', 'ServiceUnavailable');
      return 'refused';
    case 'applied_then_lost':
      return 'write-then-lose-answer';
    case 'normal':
      return 'write';
  }
}

/** A saved write whose answer never arrives: the connection is cut before any byte of the response. */
export function loseAnswer(ctx: Context): void {
  ctx.respond = false;
  ctx.req.socket.destroy();
}
