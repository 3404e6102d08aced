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

/**
 * Applies the `appointmentWrite` switch to a write (after authentication and reading the body):
 * 'server_error' → 500 in the WebAPI error shape; 'hang' → no answer until the client gives up or the
 * sandbox closes (then 503). True when the write may go ahead; false when the response is set.
 */
export async function applyWriteSwitch(ctx: Context, switches: SuperOfficeSwitches, lifetime: AbortSignal): Promise<boolean> {
  switch (switches.appointmentWrite ?? 'normal') {
    case 'server_error':
      sendRestError(ctx, 500, 'Internal server error (sandbox switch appointmentWrite=server_error)', 'SoServerException');
      return false;
    case 'hang':
      await untilClosed(ctx, lifetime);
      sendRestError(ctx, 503, 'The sandbox is shutting down', 'ServiceUnavailable');
      return false;
    case 'normal':
      return true;
  }
}
