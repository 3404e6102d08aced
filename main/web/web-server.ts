import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppCore } from '../core/app-core-types.js';
import type { Logger } from '../ports/logger.js';
import type { SystemEvent } from '../ports/system-events.js';
import { BridgeGuard } from './bridge-guard.js';
import { EventStreams } from './event-stream.js';
import type { StaticFile } from './static-files.js';

export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
const MAX_BODY_BYTES = 64 * 1024;
const CALL_PATH = /^\/bridge\/call\/([A-Za-z]{1,40})$/;
/** What the page may report: it went online, or it became visible after a long while hidden (≈ resume). */
const SYSTEM_PATH = /^\/bridge\/system\/(online|resume)$/;

export interface WebServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The address to open: carries the per-run secret in the fragment, which never reaches a server log. */
  appUrl: string;
  streams: EventStreams;
  close(): Promise<void>;
}

/**
 * The browser host's HTTP server on 127.0.0.1: the renderer's files, and the bridge (POST
 * /bridge/call/NAME with {"args": [...]}, POST /bridge/events for the event stream) that implements
 * the same contract as the Electron preload, plus POST /bridge/system/{online|resume} (empty body)
 * through which the page reports system events. Every bridge route is behind the same guard.
 */
export async function startWebServer(options: {
  files: Map<string, StaticFile>;
  streams: EventStreams;
  logger: Logger;
  port?: number;
  core: () => AppCore;
  /** Receives the page's system events; without it /bridge/system/* is not found. */
  systemEvents?: { emit(event: SystemEvent): void };
}): Promise<WebServer> {
  const secret = randomBytes(32).toString('base64url');
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const guard = new BridgeGuard(origin, secret);
  const { logger, streams, files } = options;

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const refuse = (status: number, reason: string): void => {
      logger.log('warn', 'bridge.refused', { reason, method: request.method });
      response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(status === 404 ? 'Not found' : 'Forbidden');
    };
    const hostFailure = guard.checkHost(request);
    if (hostFailure) return refuse(403, hostFailure);
    const path = (request.url ?? '/').split('?')[0]!;

    if (request.method === 'GET' || request.method === 'HEAD') {
      const file = files.get(path);
      if (!file) return refuse(404, 'not_found');
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': file.type,
        'Cache-Control': 'no-store',
        ...(file.type.startsWith('text/html') ? { 'Content-Security-Policy': RENDERER_CSP } : {}),
      });
      return void response.end(request.method === 'HEAD' ? undefined : file.body);
    }
    if (request.method !== 'POST') return refuse(405, 'method');
    const failure = guard.checkBridgeCall(request);
    if (failure) return refuse(failure === 'secret' ? 401 : 403, failure);

    if (path === '/bridge/events') return streams.add(response);
    const system = SYSTEM_PATH.exec(path);
    if (system) {
      const events = options.systemEvents;
      if (!events) return refuse(404, 'not_found');
      void readEmpty(request).then(
        () => {
          events.emit(system[1] as SystemEvent);
          response.writeHead(204, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' });
          response.end();
        },
        () => refuse(400, 'body'),
      );
      return;
    }
    const call = CALL_PATH.exec(path);
    if (!call) return refuse(404, 'not_found');
    void readJson(request).then(
      async (body) => {
        const args = body && typeof body === 'object' && 'args' in body ? (body as { args: unknown }).args : undefined;
        const result = await options.core().dispatch(call[1], args);
        response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify(result));
      },
      (error: unknown) => refuse(error instanceof BodyTooLarge ? 413 : 400, 'body'),
    );
  });

  return {
    origin,
    appUrl: `${origin}/#bridge=${secret}`,
    streams,
    close: () =>
      new Promise<void>((resolve) => {
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

class BodyTooLarge extends Error {}

/** Drains the request; rejects when it had a body (system reports carry none). */
function readEmpty(request: IncomingMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    let size = 0;
    request.on('data', (chunk: Buffer) => void (size += chunk.length));
    request.on('end', () => (size === 0 ? resolve() : reject(new Error('body'))));
    request.on('error', reject);
  });
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return reject(new Error('content type'));
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, drain without keeping anything, then refuse.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(new BodyTooLarge());
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}
