import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request to the browser host was refused (logged, never shown to the caller). */
export type GuardFailure = 'host' | 'origin' | 'secret' | null;

/**
 * The browser host answers only its own page: the Host header must be exactly 127.0.0.1:PORT (DNS
 * rebinding), and bridge calls must come from that origin and carry the per-run secret.
 */
export class BridgeGuard {
  private readonly secret: Buffer;

  constructor(
    readonly origin: string,
    secret: string,
  ) {
    this.secret = Buffer.from(secret);
  }

  checkHost(request: IncomingMessage): GuardFailure {
    return request.headers.host === new URL(this.origin).host ? null : 'host';
  }

  checkBridgeCall(request: IncomingMessage): GuardFailure {
    if (this.checkHost(request)) return 'host';
    if (request.headers.origin !== this.origin) return 'origin';
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return 'origin';
    const header = request.headers.authorization ?? '';
    const presented = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    return presented.length === this.secret.length && timingSafeEqual(presented, this.secret) ? null : 'secret';
  }
}
