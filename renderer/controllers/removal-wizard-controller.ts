import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError, ConnectionId, TrayApi, Unsubscribe, WizardView } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';

/**
 * Keeps one connection's removal wizard as the core has it: getRemovalWizard(id) when the host connects (or the
 * API or the id changes), `wizardChanged` events for that id after that. The core keeps the wizard's progress, so
 * a reloaded window picks up where it was.
 */
export class RemovalWizardController implements ReactiveController {
  view: WizardView | undefined;
  /** Why the wizard could not be loaded. */
  error: ApiError | undefined;

  private boundApi: TrayApi | undefined;
  private boundId: ConnectionId | undefined;
  private unsubscribe: Unsubscribe | undefined;
  private connected = false;
  /** Bumped on every (re)load and unbind, so a stale answer is dropped. */
  private generation = 0;
  /** An event arrived while the load was in flight: it is newer than the answer. */
  private changedDuringLoad = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getApi: () => TrayApi | undefined,
    private readonly getId: () => ConnectionId | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.bind();
  }

  hostUpdate(): void {
    if (this.connected && (this.getApi() !== this.boundApi || this.getId() !== this.boundId)) this.bind();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unbind();
  }

  /** Takes a view known to be current (an event, or the answer to an action) when it is this wizard's. */
  apply(view: WizardView): void {
    if (view.id !== this.boundId) return;
    this.changedDuringLoad = true;
    this.view = view;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Loads the wizard again (e.g. after a failed load). */
  async reload(): Promise<void> {
    const api = this.boundApi;
    const id = this.boundId;
    if (!api || !id) return;
    const generation = ++this.generation;
    this.changedDuringLoad = false;
    this.error = undefined;
    const result = await safeCall(() => api.getRemovalWizard(id));
    if (generation !== this.generation || this.changedDuringLoad) return;
    if (result.ok) this.view = result.value;
    else this.error = result.error;
    this.host.requestUpdate();
  }

  private bind(): void {
    this.unbind();
    const api = this.getApi();
    const id = this.getId();
    this.view = undefined;
    if (!api || !id) return;
    this.boundApi = api;
    this.boundId = id;
    // Subscribe before loading, so no change between the two is missed.
    this.unsubscribe = api.on('wizardChanged', (view) => this.apply(view));
    void this.reload();
  }

  private unbind(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.boundApi = undefined;
    this.boundId = undefined;
  }
}
