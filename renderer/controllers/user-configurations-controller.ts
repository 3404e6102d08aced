import type { ReactiveControllerHost } from 'lit';
import type { ApiError, TrayApi, UserConfigurationsView } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { ApiBoundController } from './api-bound-controller.js';

/**
 * The administrator's list of users' configurations: listUserConfigurations() when the host connects (or the API
 * changes), and again on reload(). A failed reload keeps the last list and reports why.
 */
export class UserConfigurationsController extends ApiBoundController {
  view: UserConfigurationsView | undefined;
  /** Why the last load failed (e.g. not_allowed, network). */
  error: ApiError | undefined;
  loading = false;

  constructor(host: ReactiveControllerHost, getApi: () => TrayApi | undefined) {
    super(host, getApi);
    host.addController(this);
  }

  /** Loads the list again; resolves once it has (or has failed). */
  async reload(): Promise<void> {
    const api = this.boundApi;
    if (!api) return;
    const generation = ++this.generation;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    const result = await safeCall(() => api.listUserConfigurations());
    if (generation !== this.generation) return;
    this.loading = false;
    if (result.ok) this.view = result.value;
    else this.error = result.error;
    this.host.requestUpdate();
  }

  protected attach(): undefined {
    void this.reload();
    return undefined;
  }

  protected override detached(): void {
    this.view = undefined;
    this.error = undefined;
    this.loading = false;
  }
}
