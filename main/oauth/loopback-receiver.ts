import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { appError } from '../core/app-error.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import { BAD_REQUEST_PAGE, LOOPBACK_HEADERS, NOT_SIGNED_IN_PAGE, SIGNED_IN_PAGE, type LoopbackPages } from './loopback-pages.js';

export interface LoopbackOptions {
  /** The `state` sent in the authorization request; only a callback carrying exactly this one counts. */
  expectedState: string;
  /** Path of the redirect URI: '/' when the server registers a bare origin (SuperOffice). */
  callbackPath: string;
  /** RFC 8252 receivers must not wait forever (5 minutes for a person to sign in). */
  deadlineMs: number;
  clock: Clock;
  signal?: AbortSignal;
  logger?: Logger;
  /** How long the success page stays reachable after the callback (default 5 s). */
  graceMs?: number;
  /** A fixed port for servers that match registered redirect URIs port included; default: a random free port. */
  port?: number;
  /** The pages shown in the browser, in the user's language (default English). */
  pages?: LoopbackPages;
}

/** A valid callback: its parameters, and how to answer the waiting browser once the app knows the outcome. */
export interface LoopbackCallback {
  params: URLSearchParams;
  /** Redirects the browser to the parameter-free page that tells the outcome, then shuts down after a grace period. */
  finish(outcome: 'success' | 'failure'): void;
}

export interface LoopbackReceiver {
  /** The exact redirect URI string; the token request must reuse it byte for byte. */
  redirectUri: string;
  /** Resolves once a valid callback arrived; rejects on deadline (timeout) or abort (cancelled). */
  callback: Promise<LoopbackCallback>;
  close(): Promise<void>;
}

const DONE_PATH = '/done';

/**
 * A one-shot OAuth redirect receiver on 127.0.0.1 (RFC 8252 §7.3). It accepts exactly one GET on the
 * callback path with exactly one matching `state` and exactly one of `code`/`error`; anything else gets
 * 400 and the wait goes on. It then redirects the browser to a parameter-free page so the code does not
 * stay in the address bar or history.
 */
export async function startLoopbackReceiver(options: LoopbackOptions): Promise<LoopbackReceiver> {
  const { expectedState, callbackPath, clock, logger } = options;
  let settled: 'pending' | 'received' | 'success' | 'failure' = 'pending';
  let resolveCallback!: (callback: LoopbackCallback) => void;
  let rejectCallback!: (error: Error) => void;
  const callback = new Promise<LoopbackCallback>((resolve, reject) => {
    resolveCallback = resolve;
    rejectCallback = reject;
  });
  callback.catch(() => undefined);

  const server = createServer((request, response) => handle(request, response));
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  const redirectUri = `http://${host}${callbackPath === '/' ? '' : callbackPath}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      cancelDeadline();
      options.signal?.removeEventListener('abort', onAbort);
      server.close(() => resolve());
      server.closeAllConnections();
    }));

  const fail = (error: Error): void => {
    if (settled !== 'pending') return;
    settled = 'failure';
    rejectCallback(error);
    void close();
  };
  const cancelDeadline = clock.setTimer(options.deadlineMs, () => fail(appError('timeout')));
  const onAbort = (): void => fail(appError('cancelled'));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const reject = (reason: string, status = 400): void => {
      logger?.log('warn', 'loopback.request_rejected', { reason });
      send(response, status, options.pages?.badRequest ?? BAD_REQUEST_PAGE);
    };
    if (request.headers.host !== host) return reject('host');
    if (request.method !== 'GET') return reject('method');
    const url = parseTarget(request.url, host);
    if (!url) return reject('target');

    if (url.pathname === DONE_PATH && (settled === 'success' || settled === 'failure')) {
      return send(response, 200, settled === 'success' ? (options.pages?.signedIn ?? SIGNED_IN_PAGE) : (options.pages?.notSignedIn ?? NOT_SIGNED_IN_PAGE));
    }
    if (url.pathname !== callbackPath) return reject('path');
    if (settled !== 'pending') return reject('repeated');

    const params = url.searchParams;
    const states = params.getAll('state');
    if (states.length !== 1 || !sameSecret(states[0]!, expectedState)) return reject('state');
    const codes = params.getAll('code');
    const errors = params.getAll('error');
    if (codes.length + errors.length !== 1 || (codes.length === 1 && !codes[0])) return reject('code');

    settled = 'received';
    logger?.log('info', 'loopback.callback_received', { hasError: errors.length > 0 });
    cancelDeadline();
    let answered = false;
    const finish = (outcome: 'success' | 'failure'): void => {
      if (answered) return;
      answered = true;
      settled = outcome;
      response.writeHead(302, { ...LOOPBACK_HEADERS, Location: DONE_PATH });
      response.end();
      // Keep serving the done page briefly so the browser can show it, then shut down.
      clock.setTimer(options.graceMs ?? 5_000, () => void close());
    };
    // The browser waits while the app exchanges the code; it never waits forever.
    clock.setTimer(60_000, () => finish('failure'));
    resolveCallback({ params, finish });
  }

  return { redirectUri, callback, close };
}

function parseTarget(target: string | undefined, host: string): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, `http://${host}`);
  } catch {
    return null;
  }
}

function sameSecret(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, LOOPBACK_HEADERS);
  response.end(body);
}
