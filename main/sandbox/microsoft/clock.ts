/**
 * The emulator's clock: real time plus an offset tests can push forward. Server-side validity (code and
 * token expiry, flow timeouts) uses it; the iat/exp claims inside JWTs use real time, so an advanced clock
 * also models "the provider thinks the token expired while the client thinks it is valid" (clock skew).
 */
export class SandboxClock {
  #offsetMs = 0;

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }
}
