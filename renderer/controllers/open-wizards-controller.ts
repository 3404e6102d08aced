import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONNECTION_IDS, type ConnectionId, type TrayApi, type Unsubscribe } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';

/**
 * Which removal wizards the app shows: the ones the user opened with "Remove…", and every wizard the core reports
 * in progress (found when the API arrives, so a reload or a restart shows an unfinished removal again, and followed
 * through `wizardChanged`). A wizard leaves the list when the user closes it.
 */
export class OpenWizardsController implements ReactiveController {
  /** The wizards to show, in the order they were opened. */
  ids: ConnectionId[] = [];

  private boundApi: TrayApi | undefined;
  private unsubscribe: Unsubscribe | undefined;
  private connected = false;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getApi: () => TrayApi | undefined,
  ) {
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
    this.unsubscribe = api.on('wizardChanged', (view) => {
      if (view.status === 'in-progress') this.show(view.id);
    });
    void this.findUnfinished(api, ++this.generation);
  }

  private async findUnfinished(api: TrayApi, generation: number): Promise<void> {
    const results = await Promise.all(CONNECTION_IDS.map((id) => safeCall(() => api.getRemovalWizard(id))));
    if (generation !== this.generation) return;
    for (const result of results) if (result.ok && result.value.status === 'in-progress') this.show(result.value.id);
  }

  private unbind(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.boundApi = undefined;
  }
}
