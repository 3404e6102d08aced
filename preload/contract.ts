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

/** Connections the app manages. Providers join this list as they are implemented. */
export const CONNECTION_IDS = ['superoffice'] as const;
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

/** A connection as the renderer sees it. */
export interface ConnectionView {
  id: ConnectionId;
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
}

/** Calls the renderer may make: name → argument tuple and result value. */
export interface ApiCalls {
  getAppInfo: { args: []; result: AppInfo };
  listConnections: { args: []; result: ConnectionView[] };
  /** Starts the sign-in in the system browser; resolves when it ends (connected, cancelled or failed). */
  connect: { args: [id: ConnectionId]; result: ConnectionView };
  cancelConnect: { args: [id: ConnectionId]; result: ConnectionView };
  /** Signs out: revokes where the server offers it, deletes the keychain entry, forgets the identity. */
  disconnect: { args: [id: ConnectionId]; result: ConnectionView };
}
export type ApiCallName = keyof ApiCalls;

/** Runtime list of the call names; hosts expose exactly these. */
export const API_CALL_NAMES = [
  'getAppInfo',
  'listConnections',
  'connect',
  'cancelConnect',
  'disconnect',
] as const satisfies readonly ApiCallName[];

/** Events the core pushes to the renderer: name → payload. */
export interface ApiEvents {
  connectionChanged: ConnectionView;
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENT_NAMES = ['connectionChanged'] as const satisfies readonly ApiEventName[];

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
