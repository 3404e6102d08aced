import { startSuperOffice, type SuperOfficeSandbox } from './superoffice/index.js';

export type { SuperOfficeSwitches } from './superoffice/switches.js';
export type { SandboxUser } from './superoffice/accounts.js';
export type { SuperOfficeSandbox } from './superoffice/index.js';

export interface SandboxOptions {
  /** Receives one line per request and any notices; silent by default. */
  logger?: (line: string) => void;
}

/** The running loopback emulators; product code reaches them only over HTTP. */
export interface Sandbox {
  superoffice: SuperOfficeSandbox;
  close(): Promise<void>;
}

/** Starts every emulator on 127.0.0.1 with random ports. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const log = options.logger ?? (() => {});
  const superoffice = await startSuperOffice(log);
  let closing: Promise<void> | undefined;
  return {
    superoffice: superoffice.api,
    close() {
      closing ??= superoffice.close();
      return closing;
    },
  };
}
