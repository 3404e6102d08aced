import type { ApiEventName, ApiEvents, AppInfo, Result, Unsubscribe } from '../../preload/contract.js';
import type { DiagnosticsInput } from '../diagnostics/diagnostics-input.js';
import type { TrayAction } from './tray-model.js';

/** A pushed event as the hosts forward it to the renderer. */
export type CoreEvent = { [E in ApiEventName]: { name: E; payload: ApiEvents[E] } }[ApiEventName];

/** The app core as both hosts see it. */
export interface AppCore {
  readonly info: AppInfo;
  /** Runs a contract call with untrusted input: validates the name and arguments, never throws. */
  dispatch(name: unknown, args: unknown): Promise<Result<unknown>>;
  /** Subscribes to the events the renderer receives. */
  subscribe(listener: (event: CoreEvent) => void): Unsubscribe;
  /** Handles a tray menu action the host does not handle itself (connect/disconnect). */
  runTrayAction(action: TrayAction): Promise<void>;
  /** Loads settings and stored sessions and renders the tray; call once. */
  start(): Promise<void>;
  /** Cancels sign-ins in progress and stops timers. */
  stop(): Promise<void>;
  /** What the helpdesk report is made of (no secrets); also probes the keychain. */
  diagnostics(): Promise<DiagnosticsInput>;
  /** Syncs this installation's markers in SuperOffice now and carries out an administrator's removal requests. */
  syncAdminMarkers(): Promise<void>;
}
