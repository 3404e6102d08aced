import type { SandboxClock } from './clock.js';
import type { AuthCodes } from './codes.js';
import type { ConsentGrants } from './consent.js';
import type { AuthFlows } from './flows.js';
import type { SignInSessions } from './sessions.js';
import type { SigningKey } from './signing-key.js';
import type { MicrosoftSwitches } from './switches.js';
import type { TokenStore } from './token-store.js';

/** The shared state of the Entra (login host) emulator. */
export interface EntraContext {
  /** e.g. http://127.0.0.1:41234 (stands for https://login.microsoftonline.com). */
  authority: string;
  /** e.g. http://127.0.0.1:41235 (stands for https://graph.microsoft.com). */
  graphOrigin: string;
  switches: MicrosoftSwitches;
  clock: SandboxClock;
  key: SigningKey;
  consent: ConsentGrants;
  sessions: SignInSessions;
  flows: AuthFlows;
  codes: AuthCodes;
  tokens: TokenStore;
}
