import type { Middleware } from 'koa';

/** Logs one line per request: host label, method, path (never the query: it carries codes and tokens) and status. */
export function requestLog(label: string, log: (line: string) => void): Middleware {
  return async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round(performance.now() - started);
      log(`[${label}] ${ctx.method} ${ctx.path} → ${ctx.status} (${ms} ms)`);
    }
  };
}
