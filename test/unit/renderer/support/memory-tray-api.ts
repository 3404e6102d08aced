import type {
  AgendaItem,
  AgendaView,
  ApiCallName,
  ApiCalls,
  ApiError,
  ApiEventName,
  ApiEvents,
  AppInfo,
  ConnectionId,
  ConnectionView,
  JoinOption,
  MeetingTextKind,
  MeetingView,
  PasscodeProviderId,
  Preferences,
  ProviderId,
  Result,
  TrayApi,
  Unsubscribe,
} from '../../../../preload/contract.js';
import { PROVIDER_IDS } from '../../../../preload/contract.js';

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
  const base: ConnectionView = {
    id: 'superoffice',
    kind: 'crm',
    title: 'SuperOffice CRM Online',
    status,
    statusText: '',
    nextAction: 'connect',
  };
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

/** What the core shows for each provider: title, and the account and status line once connected. */
export const PROVIDERS: Record<ProviderId, { title: string; connectedText: string; account?: { displayName: string; email: string } }> = {
  zoom: {
    title: 'Zoom',
    connectedText: 'Connected to Zoom. Logged in as Zoe Zoom, connected to Cust12345',
    account: { displayName: 'Zoe Zoom', email: 'zoe@example.com' },
  },
  google: {
    title: 'Google Meet',
    connectedText: 'Logged in as Gina Google and connected to Google',
    account: { displayName: 'Gina Google', email: 'gina@example.com' },
  },
  teams: {
    title: 'Microsoft Teams',
    connectedText: 'Connected to Teams. Logged in as Adele Vance, connected to Cust12345',
    account: { displayName: 'Adele Vance', email: 'adele@example.com' },
  },
  webex: {
    title: 'Webex',
    connectedText: 'Connected to Webex. Logged in as Wendy Webex, connected to Cust12345',
    account: { displayName: 'Wendy Webex', email: 'wendy@example.com' },
  },
  jitsi: {
    title: 'Jitsi Meet',
    connectedText: 'Connected to Jitsi Meet. Logged in as Alice Andersen and connected to Cust12345',
  },
  'superoffice-video': {
    title: 'SuperOffice video meetings',
    connectedText: 'Connected to SuperOffice video meetings on Cust12345',
  },
};

export const PASSCODE_RULES = ['At most 10 characters', 'Letters, digits and @ - _ * only'];

/** A video provider's view in the given status (Zoom and Webex with a passcode setting). */
export function providerView(
  id: ProviderId,
  status: ConnectionView['status'],
  overrides: Partial<ConnectionView> = {},
): ConnectionView {
  const provider = PROVIDERS[id];
  const base: ConnectionView = {
    id,
    kind: 'video',
    title: provider.title,
    status,
    statusText: 'Not connected',
    nextAction: 'connect',
    active: false,
    needsAccount: id !== 'jitsi',
  };
  if (id === 'zoom' || id === 'webex') base.passcode = { value: '', rules: [...PASSCODE_RULES], maxLength: 10 };
  switch (status) {
    case 'disconnected':
      break;
    case 'connecting':
      Object.assign(base, { statusText: 'Signing in…', nextAction: 'cancel', startedAt: new Date().toISOString() });
      break;
    case 'connected':
      Object.assign(base, {
        statusText: provider.connectedText,
        nextAction: 'sign-out',
        account: provider.account ?? { displayName: 'Alice Andersen', tenant: 'Cust12345' },
        connectedSince: '2025-03-04T09:15:00Z',
        lastSuccessAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      });
      break;
    case 'needs-reauth':
      Object.assign(base, {
        statusText: `Your sign-in to ${provider.title} has expired`,
        nextAction: 'reconnect',
        account: provider.account,
      });
      break;
    case 'error':
      Object.assign(base, {
        statusText: `Could not reach ${provider.title}`,
        nextAction: 'retry',
        error: { code: 'provider_unavailable', message: `${provider.title} could not be reached.`, remedy: 'Try again later.' },
      });
      break;
  }
  return { ...base, ...overrides };
}

/**
 * SuperOffice plus the five providers, as listConnections returns them; `overrides` by id. SuperOffice's own
 * video service is listed only when overridden (the core lists it only where the tenant offers it).
 */
export function allViews(overrides: Partial<Record<ConnectionId, Partial<ConnectionView> & { status?: ConnectionView['status'] }>> = {}): ConnectionView[] {
  const superoffice = overrides.superoffice ?? {};
  return [
    superOfficeView(superoffice.status ?? 'connected', superoffice),
    ...PROVIDER_IDS.filter((id) => id !== 'superoffice-video' || overrides[id]).map((id) => providerView(id, overrides[id]?.status ?? 'disconnected', overrides[id] ?? {})),
  ];
}

/** The preferences a fresh install starts with. */
export const DEFAULT_PREFERENCES: Preferences = {
  reminderMinutes: 1,
  horizonDays: 2,
  invitations: { tentative: 'dim', notAnswered: 'dim', declined: 'hide' },
  openInApp: { zoom: false, teams: false },
  googleAccount: '',
  joinShortcut: '',
};

/** A Zoom join option (or another service's, with `service` and `serviceName`). */
export function joinOption(service = 'zoom', serviceName = 'Zoom', url = `https://${service}.example.com/j/123`): JoinOption {
  return { service, serviceName, url };
}

let nextAppointmentId = 1000;

/** An accepted, upcoming agenda item with a Zoom link; `start`/`end` default to an hour from now for 30 minutes. */
export function agendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  const appointmentId = overrides.appointmentId ?? nextAppointmentId++;
  const start = overrides.start ?? new Date(Date.now() + 60 * 60_000).toISOString();
  const end = overrides.end ?? new Date(new Date(start).getTime() + 30 * 60_000).toISOString();
  return {
    key: `${appointmentId}@${start}`,
    appointmentId,
    title: 'Weekly sync',
    canAddVideo: false,
    start,
    end,
    allDay: false,
    company: 'Acme AS',
    contact: 'Bob Berg',
    invitation: 'accepted',
    dimmed: false,
    phase: 'upcoming',
    join: joinOption(),
    alternatives: [],
    ...overrides,
  };
}

/** A fresh agenda with the given items (today and tomorrow). */
export function agendaView(items: AgendaItem[] = [], overrides: Partial<AgendaView> = {}): AgendaView {
  return { status: 'fresh', items, horizonDays: 2, lastSuccessAt: new Date().toISOString(), ...overrides };
}

const isProvider = (id: ConnectionId): id is ProviderId => id !== 'superoffice';

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

  /** What generatePasscode answers next (then the next one, and so on; the last one repeats). */
  generatedPasscodes = ['Gen3rated1'];
  /** The meeting createTestMeeting answers with, per provider (defaults below). */
  meetingFor = (id: ProviderId): MeetingView => ({
    provider: id,
    title: 'Test meeting',
    joinUrl: `https://${id}.example.com/j/81234567890?pwd=abc`,
    meetingId: '812 3456 7890',
    ...(id === 'zoom' || id === 'webex' ? { passcode: this.views.get(id)?.passcode?.value || 'Z00mTest' } : {}),
    start: '2025-03-04T10:00:00Z',
  });

  /** What getAgenda answers (and refreshAgenda, unless `refreshedAgenda` is set). */
  agenda: AgendaView;
  /** What refreshAgenda answers (and pushes as agendaChanged); defaults to `agenda`. */
  refreshedAgenda: AgendaView | undefined;
  preferences: Preferences = structuredClone(DEFAULT_PREFERENCES);

  constructor(views: ConnectionView[] = [superOfficeView('disconnected')]) {
    for (const view of views) this.views.set(view.id, view);
    this.agenda =
      this.views.get('superoffice')?.status === 'connected'
        ? agendaView()
        : { status: 'signed-out', items: [], horizonDays: 2 };
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

  /** Sets the agenda and pushes agendaChanged, as the core does on every change. */
  emitAgenda(view: AgendaView): void {
    this.agenda = view;
    this.emit('agendaChanged', view);
  }

  /** Sets the preferences and pushes preferencesChanged. */
  emitPreferences(preferences: Preferences): void {
    this.preferences = preferences;
    this.emit('preferencesChanged', preferences);
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
    if (!this.failures.has('connect')) this.emitChange(this.viewFor(id, 'connecting'));
    return this.answer('connect', [id], () => this.change(this.viewFor(id, 'connected')));
  }

  cancelConnect(id: ConnectionId): Promise<Result<ConnectionView>> {
    const answer = this.answer('cancelConnect', [id], () => this.change(this.viewFor(id, 'disconnected')));
    // A cancelled sign-in ends the pending connect() with 'cancelled', as the core does.
    for (const pending of this.heldCalls('connect').slice()) {
      pending.release({ ok: false, error: { code: 'cancelled', message: 'Sign-in was cancelled.' } });
    }
    return answer;
  }

  disconnect(id: ConnectionId): Promise<Result<ConnectionView>> {
    // Jitsi Meet has no account: disconnecting it deactivates it.
    return this.answer('disconnect', [id], () =>
      this.change(this.viewFor(id, 'disconnected', id === 'jitsi' ? { active: false } : {})),
    );
  }

  setActiveProvider(id: ProviderId): Promise<Result<ConnectionView[]>> {
    return this.answer('setActiveProvider', [id], () => {
      for (const view of [...this.views.values()]) {
        if (view.kind !== 'video' || !isProvider(view.id)) continue;
        const active = view.id === id;
        if (view.active === active) continue;
        // Jitsi Meet is connected as soon as it is chosen, and disconnected when it is not.
        if (view.id === 'jitsi') this.emitChange(providerView('jitsi', active ? 'connected' : 'disconnected', { active }));
        else this.emitChange({ ...view, active });
      }
      return [...this.views.values()];
    });
  }

  generatePasscode(id: PasscodeProviderId): Promise<Result<string>> {
    return this.answer('generatePasscode', [id], () =>
      this.generatedPasscodes.length > 1 ? this.generatedPasscodes.shift()! : this.generatedPasscodes[0]!,
    );
  }

  savePasscode(id: PasscodeProviderId, passcode: string): Promise<Result<ConnectionView>> {
    return this.answer('savePasscode', [id, passcode], () => {
      const view = this.views.get(id)!;
      return this.change({ ...view, passcode: { ...view.passcode!, value: passcode } });
    });
  }

  createTestMeeting(id: ProviderId): Promise<Result<MeetingView>> {
    return this.answer('createTestMeeting', [id], () => this.meetingFor(id));
  }

  getAgenda(): Promise<Result<AgendaView>> {
    return this.answer('getAgenda', [], () => this.agenda);
  }

  refreshAgenda(): Promise<Result<AgendaView>> {
    return this.answer('refreshAgenda', [], () => {
      const view = this.refreshedAgenda ?? this.agenda;
      this.refreshedAgenda = undefined;
      this.emitAgenda(view);
      return view;
    });
  }

  joinMeeting(key: string, alternative?: number): Promise<Result<{ opened: JoinOption }>> {
    const args: [string, number?] = alternative === undefined ? [key] : [key, alternative];
    const item = this.agenda.items.find((each) => each.key === key);
    const opened = alternative === undefined ? item?.join : item?.alternatives[alternative];
    if (!opened && !this.failures.has('joinMeeting')) {
      this.failNext('joinMeeting', { code: 'invalid_argument', message: 'That meeting is no longer in your agenda.' });
    }
    return this.answer('joinMeeting', args, () => ({ opened: opened! }));
  }

  getPreferences(): Promise<Result<Preferences>> {
    return this.answer('getPreferences', [], () => this.preferences);
  }

  /** Like the core: the item gets the active provider's link and loses "Add video meeting". */
  addVideoMeeting(key: string): Promise<Result<MeetingView>> {
    return this.answer('addVideoMeeting', [key], () => {
      const active = ([...this.views.values()].find((view) => view.kind === 'video' && view.active)?.id ?? 'jitsi') as ProviderId;
      const meeting = this.meetingFor(active);
      this.emitAgenda({
        ...this.agenda,
        items: this.agenda.items.map((item) =>
          item.key === key ? { ...item, canAddVideo: false, video: { provider: active }, join: { service: active, serviceName: PROVIDERS[active].title, url: meeting.joinUrl } } : item,
        ),
      });
      return meeting;
    });
  }

  removeVideoMeeting(key: string): Promise<Result<AgendaView>> {
    return this.answer('removeVideoMeeting', [key], () => {
      const items = this.agenda.items.map((item) => {
        if (item.key !== key) return item;
        const { join: _join, video: _video, ...rest } = item;
        return { ...rest, canAddVideo: true };
      });
      const view = { ...this.agenda, items };
      this.emitAgenda(view);
      return view;
    });
  }

  meetingText(key: string, kind: MeetingTextKind): Promise<Result<string>> {
    const item = this.agenda.items.find((each) => each.key === key);
    return this.answer('meetingText', [key, kind], () => (kind === 'link' ? (item?.join?.url ?? '') : `${item?.title ?? ''}\nJoin meeting: ${item?.join?.url ?? ''}`));
  }

  setPreferences(changes: Partial<Preferences>): Promise<Result<Preferences>> {
    return this.answer('setPreferences', [changes], () => {
      const next = { ...structuredClone(this.preferences), ...structuredClone(changes) };
      this.emitPreferences(next);
      return next;
    });
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

  /** The view of `id` in `status`, keeping what the status does not decide (active, passcode). */
  private viewFor(id: ConnectionId, status: ConnectionView['status'], overrides: Partial<ConnectionView> = {}): ConnectionView {
    if (!isProvider(id)) return superOfficeView(status, { id, ...overrides });
    const current = this.views.get(id);
    return providerView(id, status, {
      ...(current?.active !== undefined ? { active: current.active } : {}),
      ...(current?.passcode ? { passcode: current.passcode } : {}),
      ...overrides,
    });
  }

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
