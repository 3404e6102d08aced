import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP proxy on 127.0.0.1 in front of a sandbox host that can reset the next N connections (a flaky network). */
export class ResetProxy {
  resetNext = 0;
  private server!: Server;
  private readonly sockets = new Set<Socket>();
  origin = '';

  constructor(private readonly target: URL) {}

  async start(): Promise<this> {
    this.server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      if (this.resetNext > 0) {
        this.resetNext--;
        client.resetAndDestroy();
        return;
      }
      const upstream = connect(Number(this.target.port), this.target.hostname);
      client.pipe(upstream).pipe(client);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Resets every open connection now and the next `count` new ones. */
  breakFor(count: number): void {
    this.resetNext = count;
    for (const socket of this.sockets) socket.resetAndDestroy();
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
