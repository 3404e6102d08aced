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

/** What a write does after the switch: refused (the response is set), saved and answered, or saved and its answer lost. */
export type WriteVerdict = 'refused' | 'write' | 'write-then-lose-answer';

/**
 * Applies the `appointmentWrite` switch to a write (after authentication and reading the body):
 * 'server_error' → 500 in the WebAPI error shape; 'hang' → no answer until the client gives up or the
 * sandbox closes (then 503); 'applied_then_lost' → the write goes ahead but its answer is lost
 * (see `loseAnswer`).
 */
export async function applyWriteSwitch(ctx: Context, switches: SuperOfficeSwitches, lifetime: AbortSignal): Promise<WriteVerdict> {
  switch (switches.appointmentWrite ?? 'normal') {
    case 'server_error':
      sendRestError(ctx, 500, 'Internal server error (sandbox switch appointmentWrite=server_error)', 'SoServerException');
      return 'refused';
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
