import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TrayApi, Unsubscribe } from '../../preload/contract.js';

/**
 * What every controller that follows the core shares: it binds to the API when the host connects, binds again
 * when the API getter answers another API (one set after the host connected) or `bindingKey()` changes, and lets
 * go when the host disconnects. `generation` is bumped on every bind and unbind, so an answer that arrives for an
 * earlier binding can be dropped. Subclasses call `host.addController(this)` at the end of their constructor, once
 * their own fields exist.
 */
export abstract class ApiBoundController implements ReactiveController {
  /** The API of the current binding. */
  protected boundApi: TrayApi | undefined;
  /** Bumped on every bind and unbind (and by subclasses on every load). */
  protected generation = 0;
  private connected = false;
  private boundKey: unknown;
  private unsubscribe: Unsubscribe | undefined;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly getApi: () => TrayApi | undefined,
  ) {}

  hostConnected(): void {
    this.connected = true;
    this.bind();
  }

  hostUpdate(): void {
    if (this.connected && (this.getApi() !== this.boundApi || this.bindingKey() !== this.boundKey)) this.bind();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unbind();
  }

  /** Subscribes to what the controller follows and starts loading; answers the unsubscribe, if any. */
  protected abstract attach(api: TrayApi): Unsubscribe | undefined;

  /** Besides the API, what the binding is for (e.g. a connection id); a change binds again. */
  protected bindingKey(): unknown {
    return undefined;
  }

  /** Called on every unbind, after the subscription has ended: resets what belonged to the binding. */
  protected detached(): void {}

  private bind(): void {
    this.unbind();
    const api = this.getApi();
    this.boundKey = this.bindingKey();
    if (!api) return;
    this.boundApi = api;
    this.unsubscribe = this.attach(api);
  }

  private unbind(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.boundApi = undefined;
    this.detached();
  }
}
