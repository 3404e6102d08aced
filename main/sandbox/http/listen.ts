import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP listener whose handler can be attached after the port (and so the origin) is known. */
export interface Listener {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly port: number;
  setHandler(handler: RequestHandler): void;
  /** Stops accepting, drops open connections (keep-alive, slow responses) and resolves when closed. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (never other interfaces) on a random free port. */
export async function listenLoopback(): Promise<Listener> {
  let handler: RequestHandler = (_req, res) => {
    res.statusCode = 503;
    res.end('starting');
  };
  const server = createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    setHandler(next) {
      handler = next;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
