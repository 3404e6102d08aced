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
  ProviderPageId,
  RemovalResult,
  RepairProgress,
  RepairStep,
  Result,
  TrayApi,
  Unsubscribe,
  UserConfiguration,
  UserConfigurationRef,
  UserConfigurationsView,
  WizardAction,
  WizardStep,
  WizardView,
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
  systemLocale: 'en-GB',
  launchAtLoginSupported: true,
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
  language: 'system',
  hourCycle: 'system',
  theme: 'system',
  launchAtLogin: false,
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

const titleOf = (id: ConnectionId): string => (isProvider(id) ? PROVIDERS[id].title : 'SuperOffice CRM Online');

/** The provider page of each connection's uninstall step (Jitsi Meet has nothing to uninstall). */
export const UNINSTALL_PAGES: Partial<Record<ConnectionId, { id: ProviderPageId; label: string }>> = {
  superoffice: { id: 'superoffice-video-settings', label: 'Open SuperOffice' },
  zoom: { id: 'zoom-installed-apps', label: 'Open Zoom Marketplace → Installed Apps' },
  google: { id: 'google-permissions', label: 'Open Google’s third-party access page' },
  teams: { id: 'entra-enterprise-apps', label: 'Open Microsoft Entra → Enterprise applications' },
  webex: { id: 'webex-control-hub', label: 'Open Webex Control Hub → Integrations' },
  'superoffice-video': { id: 'superoffice-video-settings', label: 'Open SuperOffice' },
};

/** A removal wizard as the core shows it before it is started (or in the given state). */
export function wizardView(id: ConnectionId, overrides: Partial<WizardView> = {}): WizardView {
  const title = titleOf(id);
  const page = UNINSTALL_PAGES[id];
  const steps: WizardStep[] = [
    { number: 1, key: 'disconnect', title: 'Disconnect in the app', state: 'todo', instructions: [`The app stops creating new meetings with ${title}.`] },
    { number: 2, key: 'revoke', title: 'Revoke access', state: 'todo', instructions: [`${title} revokes the app’s access and the keychain entry is deleted.`] },
    {
      number: 3,
      key: 'uninstall',
      title: `Uninstall at ${title}`,
      state: 'todo',
      instructions: page ? ['Sign in to the provider’s site.', 'Find "Video Meetings Tray".', 'Remove it, then confirm.'] : [`${title} has nothing to uninstall.`],
      ...(page ? { page } : {}),
      confirmed: false,
    },
    { number: 4, key: 'done', title: 'Done', state: 'todo', instructions: ['A summary of what was removed where, and what is left to do.'] },
  ];
  return { id, title: `Remove ${title}`, status: 'not-started', current: 1, steps, ...overrides };
}

/** One user's configuration as the administrator's list shows it (Alice's Zoom on her laptop, unless overridden). */
export function userConfiguration(overrides: Partial<UserConfiguration> = {}): UserConfiguration {
  return {
    associateId: 5,
    userName: 'Alice Andersen',
    provider: 'zoom',
    account: 'Zoe Zoom',
    deviceName: 'alice-laptop',
    installationId: '11111111-2222-4333-8444-555555555555',
    connectedSince: '2025-03-04T09:15:00Z',
    appVersion: '0.1.0',
    removalRequested: false,
    ...overrides,
  };
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
  /** Removal wizards the core keeps, by connection (a missing one is not started). */
  readonly wizards = new Map<ConnectionId, WizardView>();
  /** Pages openProviderPage opened, in order. */
  readonly openedPages: ProviderPageId[] = [];
  /** What getDiagnostics answers. */
  diagnostics = [
    'Video Meetings Tray 0.1.0 (browser, Sandbox) diagnostics',
    'SuperOffice CRM Online: connected as Alice Andersen (Cust12345)',
    'Keychain: reachable',
  ].join('\n');

  /** Every user's configuration, as listUserConfigurations answers (removeUserConfigurations marks them). */
  userConfigurations: UserConfiguration[] = [];
  /** How many markers listUserConfigurations counts as unreadable. */
  unreadableMarkers = 0;

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

  /**
   * Like the core: the local sign-in goes (the card disconnects), "revoked", then the sign-in runs (connecting);
   * progress comes as repairProgress events. Held, the call stops while the sign-in runs; released, it connects.
   */
  repairConnection(id: ConnectionId): Promise<Result<ConnectionView>> {
    const title = titleOf(id);
    const steps: RepairStep[] = [
      { id: 'remove-local', title: `Remove this computer’s ${title} configuration`, state: 'pending' },
      { id: 'revoke', title: `Revoke the app’s access at ${title}`, state: 'pending' },
      { id: 'sign-in', title: `Sign in to ${title} again`, state: 'pending' },
      ...(id === 'superoffice' ? [{ id: 'check-superoffice' as const, title: 'Check tenant and customer ID', state: 'pending' as const }] : []),
    ];
    const progress = (state: RepairProgress['state'], error?: ApiError): void =>
      this.emit('repairProgress', { id, state, steps: steps.map((step) => ({ ...step })), ...(error ? { error } : {}) });
    const mark = (stepId: RepairStep['id'], state: RepairStep['state'], detail?: string): void => {
      const step = steps.find((each) => each.id === stepId)!;
      step.state = state;
      if (detail) step.detail = detail;
      progress('running');
    };
    const failure = this.failures.get('repairConnection');
    if (!failure) {
      mark('remove-local', 'running');
      this.emitChange(this.viewFor(id, 'disconnected'));
      mark('remove-local', 'done', 'Sign-in and cached identity removed from this computer.');
      mark('revoke', id === 'teams' ? 'skipped' : 'done', id === 'teams' ? 'Microsoft Teams has no per-app revocation.' : `Revoked at ${title}.`);
      mark('sign-in', 'running');
      this.emitChange(this.viewFor(id, 'connecting'));
    } else {
      mark('remove-local', 'failed', failure.message);
      progress('failed', failure);
    }
    return this.answer('repairConnection', [id], () => {
      const view = this.change(this.viewFor(id, 'connected'));
      mark('sign-in', 'done', view.account ? `Signed in as ${view.account.displayName}.` : `${title} is connected again.`);
      if (id === 'superoffice') mark('check-superoffice', 'done', 'Tenant Cust12345 (customer ID) confirmed by SuperOffice.');
      progress('done');
      return view;
    });
  }

  openProviderPage(page: ProviderPageId): Promise<Result<{ opened: boolean }>> {
    return this.answer('openProviderPage', [page], () => {
      this.openedPages.push(page);
      return { opened: true };
    });
  }

  getRemovalWizard(id: ConnectionId): Promise<Result<WizardView>> {
    return this.answer('getRemovalWizard', [id], () => this.wizards.get(id) ?? wizardView(id));
  }

  /** A small but real state machine: start, next (runs the step), back, cancel, confirm/unconfirm on step 3. */
  removalWizardAction(id: ConnectionId, action: WizardAction): Promise<Result<WizardView>> {
    return this.answerWith('removalWizardAction', [id, action], () => {
      const outcome = this.wizardStep(this.wizards.get(id) ?? wizardView(id), action);
      if (!outcome.ok) return outcome;
      this.wizards.set(id, outcome.value);
      this.emit('wizardChanged', outcome.value);
      return outcome;
    });
  }

  /** "Copy steps": the steps not done yet, numbered as in the wizard. */
  removalWizardText(id: ConnectionId): Promise<Result<string>> {
    return this.answer('removalWizardText', [id], () => {
      const view = this.wizards.get(id) ?? wizardView(id);
      const lines = [`${view.title} (Video Meetings Tray)`];
      for (const step of view.steps) {
        if (step.state === 'done' || step.state === 'not-needed') continue;
        lines.push('', `Step ${step.number} of 4: ${step.title}`, ...step.instructions.map((line, index) => `  ${index + 1}. ${line}`));
      }
      return lines.join('\n');
    });
  }

  getDiagnostics(): Promise<Result<string>> {
    return this.answer('getDiagnostics', [], () => this.diagnostics);
  }

  /** Like the core: administrators only (the SuperOffice view's flag); others get not_allowed. */
  listUserConfigurations(): Promise<Result<UserConfigurationsView>> {
    return this.answerWith('listUserConfigurations', [], () =>
      this.refuseNonAdministrator() ?? { ok: true, value: { items: structuredClone(this.userConfigurations), unreadable: this.unreadableMarkers } },
    );
  }

  /** Like the core: each target answered on its own; a requested one is marked removalRequested. */
  removeUserConfigurations(targets: UserConfigurationRef[]): Promise<Result<RemovalResult[]>> {
    return this.answerWith('removeUserConfigurations', [targets], () => {
      const refusal = this.refuseNonAdministrator();
      if (refusal) return refusal;
      const results = targets.map((target): RemovalResult => {
        const ref = { associateId: target.associateId, installationId: target.installationId, provider: target.provider };
        const item = this.userConfigurations.find((each) => each.associateId === ref.associateId && each.installationId === ref.installationId && each.provider === ref.provider);
        const provider = PROVIDERS[ref.provider].title;
        if (!item) return { ...ref, outcome: 'not-found', message: `No ${provider} configuration of associate ${ref.associateId} on that device.` };
        if (item.removalRequested) return { ...ref, outcome: 'already-requested', message: `Removal of ${item.userName}'s ${provider} configuration was already requested.` };
        item.removalRequested = true;
        return { ...ref, outcome: 'requested', message: `${item.userName}'s app removes the ${provider} configuration at its next sync.` };
      });
      return { ok: true, value: results };
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

  private refuseNonAdministrator(): { ok: false; error: ApiError } | undefined {
    if (this.views.get('superoffice')?.administrator === true) return undefined;
    return { ok: false, error: { code: 'not_allowed', message: 'SuperOffice does not allow this for your user.', remedy: 'Ask a SuperOffice administrator.' } };
  }

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

  /** The wizard after `action`, or why the action is refused (as the core refuses it). */
  private wizardStep(view: WizardView, action: WizardAction): Result<WizardView> {
    const refuse = (message: string): Result<WizardView> => ({ ok: false, error: { code: 'invalid_argument', message } });
    const title = titleOf(view.id);
    const steps = view.steps.map((step) => ({ ...step }));
    const step = (number: number): WizardStep => steps[number - 1]!;
    const at = (current: number, status: WizardView['status'] = 'in-progress', summary?: string[]): WizardView => {
      for (const each of steps) {
        if (each.state === 'current') each.state = 'todo';
      }
      if (status === 'in-progress' && step(current).state === 'todo') step(current).state = 'current';
      if (status === 'done') step(4).state = 'done';
      const { summary: _old, ...rest } = view;
      return { ...rest, status, current, steps, ...(summary ? { summary } : {}) };
    };
    const done = () => steps.slice(0, 3).flatMap((each) => (each.outcome && each.state !== 'todo' ? [`Step ${each.number}: ${each.outcome}`] : []));
    if (action === 'start') {
      const fresh = wizardView(view.id);
      return { ok: true, value: { ...fresh, status: 'in-progress', steps: fresh.steps.map((each) => (each.number === 1 ? { ...each, state: 'current' as const } : each)) } };
    }
    if (view.status === 'done' && action === 'back') return { ok: true, value: at(3) };
    if (view.status !== 'in-progress') return refuse('This wizard is not running. Start it first.');
    switch (action) {
      case 'back':
        return { ok: true, value: at(Math.max(1, view.current - 1)) };
      case 'cancel':
        return { ok: true, value: at(view.current, 'cancelled', [`Cancelled at step ${view.current}. Nothing else was changed.`, ...done()]) };
      case 'confirm':
      case 'unconfirm':
        if (view.current !== 3) return refuse('“I have done this” belongs to step 3.');
        step(3).confirmed = action === 'confirm';
        return { ok: true, value: at(3) };
      case 'next':
        if (view.current === 1) {
          Object.assign(step(1), { state: 'done', outcome: `${title} is no longer used for new meetings.` });
          return { ok: true, value: at(2) };
        }
        if (view.current === 2) {
          Object.assign(step(2), { state: 'done', outcome: `Revoked at ${title}. A refresh with the old sign-in was refused: revocation verified.` });
          if (this.views.has(view.id)) this.emitChange(this.viewFor(view.id, 'disconnected'));
          return { ok: true, value: at(3) };
        }
        if (!step(3).page) Object.assign(step(3), { state: 'not-needed', outcome: `${title} has nothing to uninstall.` });
        else if (step(3).confirmed) Object.assign(step(3), { state: 'done', outcome: `You removed the app at ${title}.` });
        else Object.assign(step(3), { state: 'todo', outcome: `Not confirmed: the app may still be installed at ${title}.` });
        return { ok: true, value: at(4, 'done', [...done(), step(3).state === 'todo' ? `Still to do: remove the app at ${title} (step 3).` : `Nothing is left to do: ${title} is removed.`]) };
    }
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
    return this.answerWith(name, args, () => ({ ok: true, value: succeed() }));
  }

  /** Like answer, for calls that may refuse by themselves (`outcome` answers the Result). */
  private answerWith<K extends ApiCallName>(name: K, args: ApiCalls[K]['args'], outcome: () => CallResult<K>): Promise<CallResult<K>> {
    this.calls.push({ name, args });
    const failure = this.failures.get(name);
    this.failures.delete(name);
    const settle = (): CallResult<K> => (failure ? { ok: false, error: failure } : outcome());
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
