/**
 * The one contract between the renderer and the app core.
 *
 * Both hosts implement it: the Electron preload (contextBridge + IPC) and the browser host's
 * bridge (HTTP + a server-sent event stream). The renderer only ever sees `TrayApi`.
 * Nothing here may carry a token, an authorization code, a PKCE verifier or a passcode.
 * This module has no runtime dependencies so every side can import it.
 */

/** Name of the global the hosts expose the API under (window[API_KEY]). */
export const API_KEY = 'videoMeetingsTray';

/**
 * Video-meeting providers, in the order the app offers them. 'superoffice-video' is SuperOffice's own
 * video-meeting service, offered only where the tenant has it (GetVideoMeetingConnectedState).
 */
export const PROVIDER_IDS = ['zoom', 'google', 'teams', 'webex', 'jitsi', 'superoffice-video'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Providers whose meetings take a passcode the user sets (Zoom's "one extra setting", and Webex's). */
export const PASSCODE_PROVIDER_IDS = ['zoom', 'webex'] as const;
export type PasscodeProviderId = (typeof PASSCODE_PROVIDER_IDS)[number];

/** Connections the app manages: SuperOffice CRM and the video providers. */
export const CONNECTION_IDS = ['superoffice', ...PROVIDER_IDS] as const;
export type ConnectionId = (typeof CONNECTION_IDS)[number];

/** Where the app runs. */
export type HostKind = 'electron' | 'browser';

/** SuperOffice environment: the built-in sandbox, or a real one (sod = development, online = production). */
export type EnvironmentId = 'sandbox' | 'sod' | 'qaonline' | 'online';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  environment: EnvironmentId;
  /** Human label shown in the UI, e.g. "Sandbox" or "SuperOffice Online". */
  environmentLabel: string;
  platform: string;
  /** The operating system's language tag (BCP 47), which "system" language and formats follow. */
  systemLocale: string;
  /** Whether this host can start the app at login (the browser host cannot). */
  launchAtLoginSupported: boolean;
}

/** Every error code a call or a connection can report. Messages are user-safe; codes are for logic. */
export const ERROR_CODES = [
  'invalid_argument',
  'unknown_call',
  'cancelled',
  'timeout',
  'already_in_progress',
  'access_denied',
  'invalid_callback',
  'state_mismatch',
  'id_token_invalid',
  'invalid_grant',
  'invalid_client',
  'server_error',
  'bad_response',
  'network',
  'tenant_unavailable',
  'keychain_unavailable',
  'keychain_locked',
  'browser_unavailable',
  'not_connected',
  'reauth_other_device',
  'consent_revoked',
  'insufficient_scope',
  'rate_limited',
  'provider_unavailable',
  'invalid_passcode',
  'superoffice_required',
  'appointment_changed',
  'not_found',
  'reservation_failed',
  'meeting_left_behind',
  'tenant_missing',
  'clock_skew',
  'not_allowed',
  'removed_by_admin',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** What happened, in plain language. */
  message: string;
  /** What the user can do about it. */
  remedy?: string;
}

/** What every call returns: calls never throw across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ConnectionStatus = 'disconnected' | 'connecting' | 'connected' | 'needs-reauth' | 'error';

/** The next thing the user can do on a connection card. */
export type ConnectionAction = 'connect' | 'cancel' | 'sign-out' | 'reconnect' | 'retry';

export interface ConnectionAccount {
  displayName: string;
  email?: string;
  /** SuperOffice tenant (context identifier), e.g. Cust12345. */
  tenant?: string;
}

/** The meeting passcode setting of Zoom and Webex, with the rules the account enforces. */
export interface PasscodeSetting {
  /** The saved passcode, or '' when none is saved yet. */
  value: string;
  /** The rules, one line each, as the user should read them (e.g. "At most 10 characters"). */
  rules: string[];
  maxLength: number;
}

/** A connection as the renderer sees it. */
export interface ConnectionView {
  id: ConnectionId;
  /** The CRM connection, or a video-meeting provider. */
  kind: 'crm' | 'video';
  /** Product name, e.g. "SuperOffice CRM Online". */
  title: string;
  status: ConnectionStatus;
  /** One line for the card, e.g. "Connected to Cust12345 as Alice Andersen". */
  statusText: string;
  account?: ConnectionAccount;
  /** ISO 8601 timestamps. */
  connectedSince?: string;
  lastSuccessAt?: string;
  /** When status is connecting: when the sign-in started. */
  startedAt?: string;
  error?: ApiError;
  nextAction: ConnectionAction;
  /** Video providers: whether new meetings are created with this provider. */
  active?: boolean;
  /** Video providers: false for Jitsi Meet, which needs no provider account. */
  needsAccount?: boolean;
  /** Zoom and Webex: the meeting passcode setting. */
  passcode?: PasscodeSetting;
  /** When something is wrong: the classified cause and its one-click remedy. */
  diagnosis?: Diagnosis;
  /** SuperOffice: the signed-in user is a SuperOffice administrator (may manage users' configurations). */
  administrator?: boolean;
  /**
   * SuperOffice video meetings, while the user still has to authorise them: SuperOffice's LoginUrl, shown so the
   * user can open it by hand when the browser does not.
   */
  loginUrl?: string;
}

/** One user's video-meeting configuration on one installation, as the administrator's Manage users view lists it. */
export interface UserConfiguration {
  associateId: number;
  userName: string;
  provider: ProviderId;
  /** The provider account's display name. */
  account: string;
  deviceName: string;
  /** Identifies the installation (the device) the configuration lives on. */
  installationId: string;
  connectedSince: string;
  appVersion: string;
  /** An administrator asked for its removal; the user's app has not carried it out yet. */
  removalRequested: boolean;
}

export interface UserConfigurationsView {
  items: UserConfiguration[];
  /** Markers whose content this app cannot read (written by something else); listed as a count only. */
  unreadable: number;
}

/** Which configuration to remove: the user, the installation and the provider. */
export interface UserConfigurationRef {
  associateId: number;
  installationId: string;
  provider: ProviderId;
}

/** What became of one removal: requested, already requested before, or not found. */
export interface RemovalResult extends UserConfigurationRef {
  /** 'failed': SuperOffice did not take the request (the message says why); the other selected users still got theirs. */
  outcome: 'requested' | 'already-requested' | 'not-found' | 'failed';
  message: string;
}

/** The kinds of failure a connection can have (each with its own remedy). */
export type DiagnosisKind =
  | 'needs-reauth'
  | 'tenant-missing'
  | 'authorization-failed'
  | 'other-device'
  | 'consent-revoked'
  | 'rate-limited'
  | 'provider-down'
  | 'offline'
  | 'keychain-locked'
  | 'keychain-unavailable'
  | 'clock-skew'
  | 'removed-by-admin'
  | 'not-set-up';

/** What the remedy button does: sign in again, the full repair flow, try again, or Google's guided permission reset. */
export type RemedyAction = 'reconnect' | 'repair' | 'retry' | 'google-permissions';

/** A connection's failure in plain language, and the one-click remedy. */
export interface Diagnosis {
  kind: DiagnosisKind;
  /** The cause, e.g. "Zoom ended the sign-in here because you signed in on another device." */
  cause: string;
  /** What the remedy does or what the user can do, in one sentence. */
  remedy: string;
  action: RemedyAction;
  /** The remedy button's label, e.g. "Repair". */
  actionLabel: string;
}

/** One step of a repair, as the card shows its progress. */
export interface RepairStep {
  id: 'remove-local' | 'revoke' | 'check-superoffice' | 'sign-in';
  title: string;
  state: 'pending' | 'running' | 'done' | 'skipped' | 'failed';
  /** What happened, e.g. "Revoked at Zoom" or "Teams has no per-app revocation". */
  detail?: string;
}

/** A repair in progress or just finished. */
export interface RepairProgress {
  id: ConnectionId;
  state: 'running' | 'done' | 'failed';
  steps: RepairStep[];
  error?: ApiError;
}

/** Pages at the providers the app may open for the user (allow-listed). */
export const PROVIDER_PAGE_IDS = ['google-permissions', 'zoom-installed-apps', 'entra-enterprise-apps', 'webex-control-hub', 'superoffice-video-settings'] as const;
export type ProviderPageId = (typeof PROVIDER_PAGE_IDS)[number];

/** One numbered step of the disconnect / revoke / uninstall wizard (the numbers never change). */
export interface WizardStep {
  number: 1 | 2 | 3 | 4;
  key: 'disconnect' | 'revoke' | 'uninstall' | 'done';
  title: string;
  state: 'todo' | 'current' | 'done' | 'failed' | 'not-needed';
  /** What to do or what happens, one line each (for uninstall: the provider's own steps). */
  instructions: string[];
  /** What the step did or found (e.g. "A refresh with the old token was refused: revocation verified."). */
  outcome?: string;
  /** Uninstall: the provider page to open, and whether the user ticked "I have done this". */
  page?: { id: ProviderPageId; label: string };
  confirmed?: boolean;
}

/** The disconnect / revoke / uninstall wizard of one connection. Its progress survives a restart. */
export interface WizardView {
  id: ConnectionId;
  title: string;
  status: 'not-started' | 'in-progress' | 'done' | 'cancelled';
  /** The step the user is on (1–4). */
  current: number;
  steps: WizardStep[];
  /** Done: what was removed where, and what (if anything) the user still has to do. */
  summary?: string[];
}

/** What the wizard's buttons do: run the current step and go on, go back, cancel, tick or untick "I have done this". */
export type WizardAction = 'start' | 'next' | 'back' | 'cancel' | 'confirm' | 'unconfirm';
export const WIZARD_ACTIONS = ['start', 'next', 'back', 'cancel', 'confirm', 'unconfirm'] as const satisfies readonly WizardAction[];

/** A video meeting as the user may see and share it (join link, meeting ID, passcode). */
export interface MeetingView {
  provider: ProviderId;
  title: string;
  joinUrl: string;
  meetingId: string;
  /** The passcode the provider actually set (may differ from the one asked for). */
  passcode?: string;
  /** ISO 8601 start. */
  start: string;
}

/** How an invitation to a diary appointment stands; 'own' = the user's own appointment (not a booking). */
export type InvitationStatus = 'own' | 'accepted' | 'tentative' | 'not-answered' | 'declined';

/** A way to join: the service (e.g. zoom, google-meet, teams) and the https link shown to the user. */
export interface JoinOption {
  service: string;
  serviceName: string;
  url: string;
}

/** One upcoming diary appointment as the agenda shows it. */
export interface AgendaItem {
  /** Stable per occurrence: appointment id and start. */
  key: string;
  appointmentId: number;
  title: string;
  /** ISO 8601. All-day items start and end at local midnight. */
  start: string;
  end: string;
  allDay: boolean;
  company?: string;
  contact?: string;
  location?: string;
  invitation: InvitationStatus;
  /** Shown less prominently (e.g. tentative or not answered, per the user's preferences). */
  dimmed: boolean;
  phase: 'upcoming' | 'ongoing' | 'ended';
  join?: JoinOption;
  /** Other links found in the appointment, best first. */
  alternatives: JoinOption[];
  /** The user may add a video meeting: their own upcoming appointment without a meeting link. */
  canAddVideo: boolean;
  /** Set when this app created the appointment's video meeting (it can then remove it). */
  video?: AppointmentVideo;
}

/** The video meeting this app created for an appointment. */
export interface AppointmentVideo {
  provider: ProviderId;
  /** What is in progress on it, if anything. */
  pending?: 'adding' | 'removing';
}

/** What "Copy" puts on the clipboard: the join link, or a short invitation (link, meeting ID, passcode). */
export type MeetingTextKind = 'link' | 'invitation';

/** The agenda: the items and how fresh they are. */
export interface AgendaView {
  /** signed-out: SuperOffice is not connected; stale: showing the last known agenda (offline or SuperOffice failing). */
  status: 'signed-out' | 'loading' | 'fresh' | 'stale';
  items: AgendaItem[];
  /** The meeting "Join next meeting" opens: the ongoing one, else the next one with a link. */
  nextKey?: string;
  /** ISO 8601 time of the last successful refresh. */
  lastSuccessAt?: string;
  horizonDays: number;
  /** Why the agenda is stale, with what to do. */
  error?: ApiError;
}

export type InvitationDisplay = 'show' | 'dim' | 'hide';

/** The languages of SuperOffice's markets; English is the source. */
export const LOCALES = ['en', 'nb', 'sv', 'da', 'de', 'nl'] as const;
export type LocaleCode = (typeof LOCALES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
/** 'system' follows the locale; h12 = 1:30 PM, h23 = 13:30. */
export const HOUR_CYCLES = ['system', 'h12', 'h23'] as const;
export type HourCycleChoice = (typeof HOUR_CYCLES)[number];

/** The user's choices for the agenda, reminders and joining. */
export interface Preferences {
  /** Minutes before start a reminder appears. */
  reminderMinutes: 0 | 1 | 3 | 5 | 10;
  /** How many days the agenda covers (1 = today, 2 = today and tomorrow). */
  horizonDays: number;
  invitations: { tentative: InvitationDisplay; notAnswered: InvitationDisplay; declined: InvitationDisplay };
  /** Open Zoom and Teams meetings in their desktop app (falling back to the browser) instead of the browser. */
  openInApp: { zoom: boolean; teams: boolean };
  /** Google account (e-mail) to open Google Meet links with (authuser); '' = the browser's default. */
  googleAccount: string;
  /** Global shortcut for "Join next meeting" (Electron accelerator), or '' for none. */
  joinShortcut: string;
  /** The app's language, or 'system' to follow the operating system. */
  language: 'system' | LocaleCode;
  hourCycle: HourCycleChoice;
  theme: ThemeChoice;
  /** Start the app (in the tray) when the user logs in; off by default. */
  launchAtLogin: boolean;
}

export const REMINDER_MINUTES = [0, 1, 3, 5, 10] as const;

/** Calls the renderer may make: name → argument tuple and result value. */
export interface ApiCalls {
  getAppInfo: { args: []; result: AppInfo };
  listConnections: { args: []; result: ConnectionView[] };
  /** Starts the sign-in in the system browser; resolves when it ends (connected, cancelled or failed). */
  connect: { args: [id: ConnectionId]; result: ConnectionView };
  cancelConnect: { args: [id: ConnectionId]; result: ConnectionView };
  /** Signs out: revokes where the server offers it, deletes the keychain entry, forgets the identity. */
  disconnect: { args: [id: ConnectionId]; result: ConnectionView };
  /** Chooses the provider new meetings are created with; the others keep their sign-in. */
  setActiveProvider: { args: [id: ProviderId]; result: ConnectionView[] };
  /** A random passcode that satisfies Zoom's (or Webex's) rules and the account's own; not saved. */
  generatePasscode: { args: [id: PasscodeProviderId]; result: string };
  /** Validates and saves the meeting passcode; invalid input is an `invalid_passcode` error that says why. */
  savePasscode: { args: [id: PasscodeProviderId, passcode: string]; result: ConnectionView };
  /** Creates a meeting starting now (30 minutes) with the provider, to try the connection. */
  createTestMeeting: { args: [id: ProviderId]; result: MeetingView };
  getAgenda: { args: []; result: AgendaView };
  /** Refreshes now (on demand). */
  refreshAgenda: { args: []; result: AgendaView };
  /** Opens a meeting (the item's join link, or alternative N); only allow-listed links are opened. */
  joinMeeting: { args: [key: string, alternative?: number]; result: { opened: JoinOption } };
  getPreferences: { args: []; result: Preferences };
  /** Changes some preferences; invalid values are refused with a message. */
  setPreferences: { args: [changes: Partial<Preferences>]; result: Preferences };
  /**
   * Creates a meeting at the active provider for the appointment and writes its link to SuperOffice
   * (signing in to the provider first when needed); one operation: on failure nothing is left behind.
   */
  addVideoMeeting: { args: [key: string]; result: MeetingView };
  /** Removes the video meeting this app created: clears it in SuperOffice, deletes it at the provider. */
  removeVideoMeeting: { args: [key: string]; result: AgendaView };
  /** The text "Copy link" / "Copy invitation" puts on the clipboard. */
  meetingText: { args: [key: string, kind: MeetingTextKind]; result: string };
  /**
   * Repairs a connection in one flow: removes this user's local configuration (keychain, cached identity),
   * revokes at the provider where possible, then signs in again; progress comes as `repairProgress` events.
   * For SuperOffice: checks tenant and customer ID and signs in afresh.
   */
  repairConnection: { args: [id: ConnectionId]; result: ConnectionView };
  /** Opens an allow-listed provider page (e.g. Google's third-party access page) in the system browser. */
  openProviderPage: { args: [page: ProviderPageId]; result: { opened: boolean } };
  /** The connection's removal wizard as it stands (a new one is 'not-started'). */
  getRemovalWizard: { args: [id: ConnectionId]; result: WizardView };
  removalWizardAction: { args: [id: ConnectionId, action: WizardAction]; result: WizardView };
  /** "Copy steps": the remaining steps as plain text, numbered, for e-mail or chat. */
  removalWizardText: { args: [id: ConnectionId]; result: string };
  /** "Copy diagnostics": the helpdesk report (no token, code, verifier, passcode or secret URL). */
  getDiagnostics: { args: []; result: string };
  /** Administrators: every user's video-meeting configuration in the tenant. Others get `not_allowed`. */
  listUserConfigurations: { args: []; result: UserConfigurationsView };
  /** Administrators: asks the users' apps to remove these configurations (each answered on its own). */
  removeUserConfigurations: { args: [targets: UserConfigurationRef[]]; result: RemovalResult[] };
}
export type ApiCallName = keyof ApiCalls;

/** Runtime list of the call names; hosts expose exactly these. */
export const API_CALL_NAMES = [
  'getAppInfo',
  'listConnections',
  'connect',
  'cancelConnect',
  'disconnect',
  'setActiveProvider',
  'generatePasscode',
  'savePasscode',
  'createTestMeeting',
  'getAgenda',
  'refreshAgenda',
  'joinMeeting',
  'getPreferences',
  'setPreferences',
  'addVideoMeeting',
  'removeVideoMeeting',
  'meetingText',
  'repairConnection',
  'openProviderPage',
  'getRemovalWizard',
  'removalWizardAction',
  'removalWizardText',
  'getDiagnostics',
  'listUserConfigurations',
  'removeUserConfigurations',
] as const satisfies readonly ApiCallName[];

/** Events the core pushes to the renderer: name → payload. */
export interface ApiEvents {
  connectionChanged: ConnectionView;
  agendaChanged: AgendaView;
  preferencesChanged: Preferences;
  repairProgress: RepairProgress;
  wizardChanged: WizardView;
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENT_NAMES = ['connectionChanged', 'agendaChanged', 'preferencesChanged', 'repairProgress', 'wizardChanged'] as const satisfies readonly ApiEventName[];

export type Unsubscribe = () => void;

/** The object a host exposes to the renderer. */
export type TrayApi = {
  [K in ApiCallName]: (...args: ApiCalls[K]['args']) => Promise<Result<ApiCalls[K]['result']>>;
} & {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe;
};

/** IPC channel of a call or event (Electron host). */
export const ipcChannel = (name: ApiCallName | ApiEventName): string => `vmt:${name}`;

// Compile-time check: the runtime lists name every call and event of the maps above.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const CONTRACT_IS_COMPLETE: [
  Missing<ApiCallName, (typeof API_CALL_NAMES)[number]>,
  Missing<ApiEventName, (typeof API_EVENT_NAMES)[number]>,
] = [true, true];
