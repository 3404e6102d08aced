import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionId, RepairProgress, TrayApi, Unsubscribe } from '../../preload/contract.js';

/**
 * Follows the `repairProgress` events of one connection (the id comes from a getter, so a card reused for another
 * connection follows that one): `progress` is the latest, until dismissed or until the id changes.
 */
export class RepairProgressController implements ReactiveController {
  private latest: RepairProgress | undefined;
  private boundApi: TrayApi | undefined;
  private unsubscribe: Unsubscribe | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getApi: () => TrayApi | undefined,
    private readonly getId: () => ConnectionId | undefined,
  ) {
    host.addController(this);
  }

  /** The latest progress of the host's connection, if a repair ran since it was last dismissed. */
  get progress(): RepairProgress | undefined {
    return this.latest && this.latest.id === this.getId() ? this.latest : undefined;
  }

  /** A repair is running (by the latest event). */
  get running(): boolean {
    return this.progress?.state === 'running';
  }

  /** Forgets the shown progress (the user closed it, or a new repair is about to start). */
  dismiss(): void {
    this.latest = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.bind();
  }

  hostUpdate(): void {
    if (this.connected && this.getApi() !== this.boundApi) this.bind();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unbind();
  }

  private bind(): void {
    this.unbind();
    const api = this.getApi();
    if (!api) return;
    this.boundApi = api;
    this.unsubscribe = api.on('repairProgress', (progress) => {
      if (progress.id !== this.getId()) return;
      this.latest = progress;
      this.host.requestUpdate();
    });
  }

  private unbind(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.boundApi = undefined;
  }
}
