import type { ReactiveControllerHost } from 'lit';
import type { ApiError, ConnectionId, TrayApi, Unsubscribe, WizardView } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { ApiBoundController } from './api-bound-controller.js';

/**
 * Keeps one connection's removal wizard as the core has it: getRemovalWizard(id) when the host connects (or the
 * API or the id changes), `wizardChanged` events for that id after that. The core keeps the wizard's progress, so
 * a reloaded window picks up where it was.
 */
export class RemovalWizardController extends ApiBoundController {
  view: WizardView | undefined;
  /** Why the wizard could not be loaded. */
  error: ApiError | undefined;

  private boundId: ConnectionId | undefined;
  /** An event arrived while the load was in flight: it is newer than the answer. */
  private changedDuringLoad = false;

  constructor(
    host: ReactiveControllerHost,
    getApi: () => TrayApi | undefined,
    private readonly getId: () => ConnectionId | undefined,
  ) {
    super(host, getApi);
    host.addController(this);
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

  protected override bindingKey(): ConnectionId | undefined {
    return this.getId();
  }

  protected attach(api: TrayApi): Unsubscribe | undefined {
    const id = this.getId();
    if (!id) return undefined;
    this.boundId = id;
    // Subscribe before loading, so no change between the two is missed.
    const unsubscribe = api.on('wizardChanged', (view) => this.apply(view));
    void this.reload();
    return unsubscribe;
  }

  protected override detached(): void {
    this.boundId = undefined;
    this.view = undefined;
  }
}
