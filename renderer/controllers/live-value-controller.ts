import type { ReactiveControllerHost } from 'lit';
import type { ApiError, ApiEventName, ApiEvents, Result, TrayApi, Unsubscribe } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { ApiBoundController } from './api-bound-controller.js';

/** Where a loaded value stands: not started (no API yet), loading, loaded, or failed to load. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Keeps one value the core pushes as an event (the agenda, the preferences): loads it when the host connects,
 * follows the event, and lets go of the subscription when the host disconnects. Like ConnectionsController,
 * the API comes from a getter, so an API set after the host connected is picked up on its next update.
 */
export class LiveValueController<E extends ApiEventName> extends ApiBoundController {
  value: ApiEvents[E] | undefined;
  state: LoadState = 'idle';
  /** Why the last load failed, when state is 'failed'. */
  error: ApiError | undefined;

  /** An event arrived while a load was in flight: the event is newer than the answer. */
  private changedDuringLoad = false;

  constructor(
    host: ReactiveControllerHost,
    getApi: () => TrayApi | undefined,
    private readonly event: E,
    private readonly load: (api: TrayApi) => Promise<Result<ApiEvents[E]>>,
  ) {
    super(host, getApi);
    host.addController(this);
  }

  /** Takes a value that is known to be current (an event, or the answer to a call). */
  apply(value: ApiEvents[E]): void {
    if (this.state === 'loading') this.changedDuringLoad = true;
    else this.state = 'ready';
    this.value = value;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Loads the value again (e.g. after a failed load). */
  async reload(): Promise<void> {
    const api = this.boundApi;
    if (!api) return;
    const generation = ++this.generation;
    this.state = 'loading';
    this.error = undefined;
    this.changedDuringLoad = false;
    this.host.requestUpdate();

    const result = await safeCall(() => this.load(api));
    if (generation !== this.generation) return;
    if (this.changedDuringLoad) {
      this.state = 'ready';
    } else if (result.ok) {
      this.value = result.value;
      this.state = 'ready';
    } else {
      this.state = 'failed';
      this.error = result.error;
    }
    this.changedDuringLoad = false;
    this.host.requestUpdate();
  }

  protected attach(api: TrayApi): Unsubscribe {
    // Subscribe before loading, so no change between the two is missed.
    const unsubscribe = api.on(this.event, (value) => this.apply(value));
    void this.reload();
    return unsubscribe;
  }

  protected override detached(): void {
    if (this.state === 'loading') this.state = 'idle';
  }
}
