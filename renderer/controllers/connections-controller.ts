import type { ReactiveControllerHost } from 'lit';
import type { ApiError, ConnectionId, ConnectionView, TrayApi, Unsubscribe } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { ApiBoundController } from './api-bound-controller.js';

/** Where the connection list stands: not started (no API yet), loading, loaded, or failed to load. */
export type ConnectionsState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Keeps the host's view of the connections: loads `listConnections()` when the host connects,
 * follows `connectionChanged` events, and lets go of the subscription when the host disconnects.
 * The API comes from a getter, so an API set after the host connected is picked up on its next update.
 */
export class ConnectionsController extends ApiBoundController {
  /** Connections by id, in the order the core lists them. */
  byId = new Map<ConnectionId, ConnectionView>();
  state: ConnectionsState = 'idle';
  /** Why the last load failed, when state is 'failed'. */
  error: ApiError | undefined;

  /** Ids an event updated while a load was in flight: the event is newer than the list. */
  private updatedDuringLoad = new Set<ConnectionId>();

  constructor(host: ReactiveControllerHost, getApi: () => TrayApi | undefined) {
    super(host, getApi);
    host.addController(this);
  }

  /** The connections in list order. */
  get connections(): ConnectionView[] {
    return [...this.byId.values()];
  }

  /** Takes a view that is known to be current (an event, or the answer to a call). */
  apply(view: ConnectionView): void {
    if (this.state === 'loading') this.updatedDuringLoad.add(view.id);
    this.byId.set(view.id, view);
    this.host.requestUpdate();
  }

  /** Loads the list again (e.g. after a failed load). */
  async reload(): Promise<void> {
    const api = this.boundApi;
    if (!api) return;
    const generation = ++this.generation;
    this.state = 'loading';
    this.error = undefined;
    this.updatedDuringLoad.clear();
    this.host.requestUpdate();

    const result = await safeCall(() => api.listConnections());
    if (generation !== this.generation) return;
    if (result.ok) {
      const next = new Map<ConnectionId, ConnectionView>();
      for (const view of result.value) {
        next.set(view.id, this.updatedDuringLoad.has(view.id) ? (this.byId.get(view.id) ?? view) : view);
      }
      for (const [id, view] of this.byId) if (this.updatedDuringLoad.has(id) && !next.has(id)) next.set(id, view);
      this.byId = next;
      this.state = 'ready';
    } else {
      this.state = 'failed';
      this.error = result.error;
    }
    this.updatedDuringLoad.clear();
    this.host.requestUpdate();
  }

  protected attach(api: TrayApi): Unsubscribe {
    // Subscribe before listing, so no change between the two is missed.
    const unsubscribe = api.on('connectionChanged', (view) => this.apply(view));
    void this.reload();
    return unsubscribe;
  }

  protected override detached(): void {
    if (this.state === 'loading') this.state = 'idle';
  }
}
