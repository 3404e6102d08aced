import type { AgendaView, ApiError, AppInfo, ConnectionView, Diagnosis, Preferences, ProviderId } from '../../preload/contract.js';

/** One connection as the helpdesk report shows it (what the card shows, plus token expiry; never a token). */
export interface ConnectionDiagnostics {
  id: ConnectionView['id'];
  title: string;
  status: ConnectionView['status'];
  statusText: string;
  account?: ConnectionView['account'];
  active?: boolean;
  connectedSince?: string;
  lastSuccessAt?: string;
  /** When the access token held in memory expires (ISO 8601); absent when none is held. */
  accessTokenExpiresAt?: string;
  error?: ApiError;
  diagnosis?: Diagnosis;
}

/** Everything the diagnostics report is made from, gathered by the core. */
export interface DiagnosticsInput {
  generatedAt: string;
  app: AppInfo;
  os: { platform: string; release: string; arch: string };
  connections: ConnectionDiagnostics[];
  settings: {
    /** How the settings file loaded: ok, migrated from an older version, or reset (corrupt; a backup was kept). */
    load: string;
    activeProvider?: ProviderId;
    preferences: Preferences;
    /** Whether a Zoom / Webex meeting passcode is saved (never the passcode). */
    passcodeSaved: { zoom: boolean; webex: boolean };
    /** Adds or removes of appointment video meetings that did not complete. */
    unfinishedVideoOperations: number;
  };
  keychain: { backend: string; reachable: boolean; error?: string };
  /** The tenant markers of this installation (ForeignSystem device keys): last successful sync and last failure. */
  adminMarkers?: { lastSuccessAt?: string; lastError?: string };
  agenda: Pick<AgendaView, 'status' | 'lastSuccessAt' | 'horizonDays' | 'error'> & { items: number };
}
