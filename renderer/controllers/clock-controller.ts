import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keeps `now` fresh while the host is connected, so relative times ("5 minutes ago") stay true. */
export class ClockController implements ReactiveController {
  now = new Date();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 30_000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.now = new Date();
    this.timer = setInterval(() => {
      this.now = new Date();
      this.host.requestUpdate();
    }, this.intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
