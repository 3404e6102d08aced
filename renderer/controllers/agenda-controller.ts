import type { ReactiveControllerHost } from 'lit';
import type { ApiError, TrayApi } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { LiveValueController } from './live-value-controller.js';

/**
 * Keeps the host's view of the agenda: getAgenda() when the host connects, agendaChanged events after that,
 * unsubscribed when the host disconnects; refresh() asks the core to refresh now.
 */
export class AgendaController extends LiveValueController<'agendaChanged'> {
  /** A refreshAgenda call is in flight. */
  refreshing = false;
  /** Why the last refresh failed, until the next one. */
  refreshError: ApiError | undefined;

  constructor(host: ReactiveControllerHost, getApi: () => TrayApi | undefined) {
    super(host, getApi, 'agendaChanged', (api) => api.getAgenda());
  }

  /** Refreshes now; true when the core answered with a fresh view. */
  async refresh(): Promise<boolean> {
    const api = this.boundApi;
    if (!api || this.refreshing) return false;
    this.refreshing = true;
    this.refreshError = undefined;
    this.host.requestUpdate();
    const result = await safeCall(() => api.refreshAgenda());
    this.refreshing = false;
    if (api !== this.boundApi) return false;
    if (result.ok) this.apply(result.value);
    else this.refreshError = result.error;
    this.host.requestUpdate();
    return result.ok;
  }
}
