import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError, TrayApi, UserConfigurationsView } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';

/**
 * The administrator's list of users' configurations: listUserConfigurations() when the host connects (or the API
 * changes), and again on reload(). A failed reload keeps the last list and reports why.
 */
export class UserConfigurationsController implements ReactiveController {
  view: UserConfigurationsView | undefined;
  /** Why the last load failed (e.g. not_allowed, network). */
  error: ApiError | undefined;
  loading = false;

  private boundApi: TrayApi | undefined;
  private connected = false;
  /** Bumped on every load and unbind, so a stale answer is dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getApi: () => TrayApi | undefined,
  ) {
    host.addController(this);
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
    this.generation++;
    this.boundApi = undefined;
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

  private bind(): void {
    this.generation++;
    this.boundApi = this.getApi();
    this.view = undefined;
    this.error = undefined;
    this.loading = false;
    if (this.boundApi) void this.reload();
  }
}
