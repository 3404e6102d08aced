import type { ReactiveControllerHost } from 'lit';
import { CONNECTION_IDS, type ConnectionId, type TrayApi, type Unsubscribe } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { ApiBoundController } from './api-bound-controller.js';

/**
 * Which removal wizards the app shows: the ones the user opened with "Remove…", and every wizard the core reports
 * in progress (found when the API arrives, so a reload or a restart shows an unfinished removal again, and followed
 * through `wizardChanged`). A wizard leaves the list when the user closes it.
 */
export class OpenWizardsController extends ApiBoundController {
  /** The wizards to show, in the order they were opened. */
  ids: ConnectionId[] = [];

  constructor(host: ReactiveControllerHost, getApi: () => TrayApi | undefined) {
    super(host, getApi);
    host.addController(this);
  }

  /** Shows the wizard of `id` (no-op when it is shown already). */
  show(id: ConnectionId): void {
    if (this.ids.includes(id)) return;
    this.ids = [...this.ids, id];
    this.host.requestUpdate();
  }

  /** Stops showing the wizard of `id`; the core keeps its state. */
  close(id: ConnectionId): void {
    this.ids = this.ids.filter((each) => each !== id);
    this.host.requestUpdate();
  }

  protected attach(api: TrayApi): Unsubscribe {
    const unsubscribe = api.on('wizardChanged', (view) => {
      if (view.status === 'in-progress') this.show(view.id);
    });
    void this.findUnfinished(api, ++this.generation);
    return unsubscribe;
  }

  private async findUnfinished(api: TrayApi, generation: number): Promise<void> {
    const results = await Promise.all(CONNECTION_IDS.map((id) => safeCall(() => api.getRemovalWizard(id))));
    if (generation !== this.generation) return;
    for (const result of results) if (result.ok && result.value.status === 'in-progress') this.show(result.value.id);
  }
}
