import type {
  ApiCallName,
  ApiCalls,
  ApiError,
  ApiEventName,
  ApiEvents,
  AppInfo,
  ConnectionId,
  ConnectionView,
  Result,
  TrayApi,
  Unsubscribe,
} from '../../../../preload/contract.js';

type Listener<E extends ApiEventName> = (payload: ApiEvents[E]) => void;
type CallResult<K extends ApiCallName> = Result<ApiCalls[K]['result']>;

/** A call the test holds open: the promise the renderer awaits settles only on release(). */
export interface HeldCall<K extends ApiCallName> {
  readonly args: ApiCalls[K]['args'];
  /** Settles the call, with the given Result or with what the fake would have answered. */
  release(result?: CallResult<K>): void;
}

export const SANDBOX_INFO: AppInfo = {
  name: 'Video Meetings Tray',
  version: '0.1.0',
  host: 'browser',
  environment: 'sandbox',
  environmentLabel: 'Sandbox',
  platform: 'linux',
};

/** A SuperOffice view in the given status, with plausible fields for it. */
export function superOfficeView(status: ConnectionView['status'], overrides: Partial<ConnectionView> = {}): ConnectionView {
  const base: ConnectionView = { id: 'superoffice', title: 'SuperOffice CRM Online', status, statusText: '', nextAction: 'connect' };
  switch (status) {
    case 'disconnected':
      Object.assign(base, { statusText: 'Not connected', nextAction: 'connect' });
      break;
    case 'connecting':
      Object.assign(base, { statusText: 'Signing in…', nextAction: 'cancel', startedAt: new Date().toISOString() });
      break;
    case 'connected':
      Object.assign(base, {
        statusText: 'Connected to Cust12345 as Alice Andersen',
        nextAction: 'sign-out',
        account: { displayName: 'Alice Andersen', email: 'alice@example.com', tenant: 'Cust12345' },
        connectedSince: '2025-03-04T09:15:00Z',
        lastSuccessAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      });
      break;
    case 'needs-reauth':
      Object.assign(base, {
        statusText: 'Your sign-in to Cust12345 has expired',
        nextAction: 'reconnect',
        account: { displayName: 'Alice Andersen', email: 'alice@example.com', tenant: 'Cust12345' },
      });
      break;
    case 'error':
      Object.assign(base, {
        statusText: 'Could not reach SuperOffice',
        nextAction: 'retry',
        error: { code: 'network', message: 'SuperOffice could not be reached.', remedy: 'Check your internet connection, then try again.' },
      });
      break;
  }
  return { ...base, ...overrides };
}

/**
 * An in-memory TrayApi the tests drive: it records calls, can fail or hold the next call,
 * and pushes connectionChanged events like the core does.
 */
export class MemoryTrayApi implements TrayApi {
  appInfo: AppInfo = { ...SANDBOX_INFO };
  readonly views = new Map<ConnectionId, ConnectionView>();
  readonly calls: Array<{ name: ApiCallName; args: readonly unknown[] }> = [];

  private readonly listeners = new Map<ApiEventName, Set<Listener<ApiEventName>>>();
  private readonly failures = new Map<ApiCallName, ApiError>();
  private readonly holds = new Set<ApiCallName>();
  private readonly held = new Map<ApiCallName, Array<HeldCall<ApiCallName>>>();

  constructor(views: ConnectionView[] = [superOfficeView('disconnected')]) {
    for (const view of views) this.views.set(view.id, view);
  }

  // --- Test controls -----------------------------------------------------------------------

  /** The next call of `name` answers with this error. */
  failNext(name: ApiCallName, error: ApiError): void {
    this.failures.set(name, error);
  }

  /** The next call of `name` stays pending until the test releases it (see heldCalls). */
  holdNext(name: ApiCallName): void {
    this.holds.add(name);
  }

  /** Calls of `name` being held, oldest first. */
  heldCalls<K extends ApiCallName>(name: K): Array<HeldCall<K>> {
    return (this.held.get(name) ?? []) as unknown as Array<HeldCall<K>>;
  }

  /** Sets a connection's view and pushes connectionChanged, as the core does on every change. */
  emitChange(view: ConnectionView): void {
    this.views.set(view.id, view);
    this.emit('connectionChanged', view);
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  listenerCount(event: ApiEventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  callsOf(name: ApiCallName): Array<readonly unknown[]> {
    return this.calls.filter((call) => call.name === name).map((call) => call.args);
  }

  // --- TrayApi -----------------------------------------------------------------------------

  getAppInfo(): Promise<Result<AppInfo>> {
    return this.answer('getAppInfo', [], () => this.appInfo);
  }

  listConnections(): Promise<Result<ConnectionView[]>> {
    return this.answer('listConnections', [], () => [...this.views.values()]);
  }

  connect(id: ConnectionId): Promise<Result<ConnectionView>> {
    // A call that fails at once (e.g. no browser) never gets to "connecting".
    if (!this.failures.has('connect')) this.emitChange(superOfficeView('connecting', { id }));
    return this.answer('connect', [id], () => this.change(superOfficeView('connected', { id })));
  }

  cancelConnect(id: ConnectionId): Promise<Result<ConnectionView>> {
    const answer = this.answer('cancelConnect', [id], () => this.change(superOfficeView('disconnected', { id })));
    // A cancelled sign-in ends the pending connect() with 'cancelled', as the core does.
    for (const pending of this.heldCalls('connect').slice()) {
      pending.release({ ok: false, error: { code: 'cancelled', message: 'Sign-in was cancelled.' } });
    }
    return answer;
  }

  disconnect(id: ConnectionId): Promise<Result<ConnectionView>> {
    return this.answer('disconnect', [id], () => this.change(superOfficeView('disconnected', { id })));
  }

  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe {
    const set = this.listeners.get(event) ?? new Set<Listener<ApiEventName>>();
    this.listeners.set(event, set);
    const entry = listener as Listener<ApiEventName>;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  // --- Internals ---------------------------------------------------------------------------

  private change(view: ConnectionView): ConnectionView {
    this.emitChange(view);
    return view;
  }

  private answer<K extends ApiCallName>(
    name: K,
    args: ApiCalls[K]['args'],
    succeed: () => ApiCalls[K]['result'],
  ): Promise<CallResult<K>> {
    this.calls.push({ name, args });
    const failure = this.failures.get(name);
    this.failures.delete(name);
    const settle = (): CallResult<K> => (failure ? { ok: false, error: failure } : { ok: true, value: succeed() });
    if (!this.holds.delete(name)) return Promise.resolve(settle());

    return new Promise((resolve) => {
      const list = this.held.get(name) ?? [];
      this.held.set(name, list);
      const held: HeldCall<K> = {
        args,
        release: (result) => {
          list.splice(list.indexOf(held as unknown as HeldCall<ApiCallName>), 1);
          resolve(result ?? settle());
        },
      };
      list.push(held as unknown as HeldCall<ApiCallName>);
    });
  }
}
