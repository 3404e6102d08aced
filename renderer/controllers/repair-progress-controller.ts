import type { ReactiveControllerHost } from 'lit';
import type { ConnectionId, RepairProgress, TrayApi, Unsubscribe } from '../../preload/contract.js';
import { ApiBoundController } from './api-bound-controller.js';

/**
 * Follows the `repairProgress` events of one connection (the id comes from a getter, so a card reused for another
 * connection follows that one): `progress` is the latest, until dismissed or until the id changes.
 */
export class RepairProgressController extends ApiBoundController {
  private latest: RepairProgress | undefined;

  constructor(
    host: ReactiveControllerHost,
    getApi: () => TrayApi | undefined,
    private readonly getId: () => ConnectionId | undefined,
  ) {
    super(host, getApi);
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

  protected attach(api: TrayApi): Unsubscribe {
    return api.on('repairProgress', (progress) => {
      if (progress.id !== this.getId()) return;
      this.latest = progress;
      this.host.requestUpdate();
    });
  }
}
