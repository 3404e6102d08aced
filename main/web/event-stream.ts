import type { ServerResponse } from 'node:http';

/** A message on the bridge's event stream: a contract event, or the host asking the page to open a URL. */
export type StreamMessage = { name: string; payload: unknown };

/** The connected pages' server-sent event streams. */
export class EventStreams {
  private readonly clients: ServerResponse[] = [];

  add(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.clients.push(response);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
    heartbeat.unref();
    response.on('close', () => {
      clearInterval(heartbeat);
      const index = this.clients.indexOf(response);
      if (index >= 0) this.clients.splice(index, 1);
    });
  }

  get count(): number {
    return this.clients.length;
  }

  broadcast(message: StreamMessage): void {
    const frame = `data: ${JSON.stringify(message)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  /** Sends to the page that connected last (the one the user is looking at); false when none is connected. */
  sendToNewest(message: StreamMessage): boolean {
    const newest = this.clients.at(-1);
    if (!newest) return false;
    newest.write(`data: ${JSON.stringify(message)}\n\n`);
    return true;
  }

  closeAll(): void {
    for (const client of this.clients.splice(0)) client.end();
  }
}
