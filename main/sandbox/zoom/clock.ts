/** The sandbox's notion of "now": real time plus an offset tests can push forward (codes, tokens, start URLs expire). */
export class Clock {
  #offsetMs = 0;

  /** Epoch milliseconds. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Epoch seconds, as in token claims. */
  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }
}
