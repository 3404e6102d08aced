import { startGoogle, type GoogleSandbox } from './google/index.js';
import { startMicrosoft, type MicrosoftSandbox } from './microsoft/index.js';
import { startSuperOffice, type SuperOfficeSandbox } from './superoffice/index.js';
import { startWebex, type WebexSandbox } from './webex/index.js';
import { startZoom, type ZoomSandbox } from './zoom/index.js';

export type { SuperOfficeSwitches } from './superoffice/switches.js';
export type { SandboxUser } from './superoffice/accounts.js';
export type { SuperOfficeSandbox } from './superoffice/index.js';
export type { GoogleSandbox, MicrosoftSandbox, WebexSandbox, ZoomSandbox };

export interface SandboxOptions {
  /** Receives one line per request and any notices; silent by default. */
  logger?: (line: string) => void;
}

/** The running loopback emulators; product code reaches them only over HTTP. */
export interface Sandbox {
  superoffice: SuperOfficeSandbox;
  zoom: ZoomSandbox;
  google: GoogleSandbox;
  microsoft: MicrosoftSandbox;
  webex: WebexSandbox;
  /** What the app is configured with (the sandbox CLI prints exactly this as its ready line). */
  describe(): SandboxDescription;
  close(): Promise<void>;
}

export interface SandboxDescription {
  superoffice: { authority: string; clientId: string; clientSecret: string };
  zoom: ReturnType<ZoomSandbox['describe']>;
  google: ReturnType<GoogleSandbox['describe']>;
  microsoft: ReturnType<MicrosoftSandbox['describe']>;
  webex: ReturnType<WebexSandbox['describe']>;
}

/** Starts every emulator on 127.0.0.1 with random ports. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const log = options.logger ?? (() => {});
  const [superoffice, zoom, google, microsoft, webex] = await Promise.all([startSuperOffice(log), startZoom(log), startGoogle(log), startMicrosoft(log), startWebex(log)]);
  let closing: Promise<void> | undefined;
  return {
    superoffice: superoffice.api,
    zoom: zoom.api,
    google: google.api,
    microsoft: microsoft.api,
    webex: webex.api,
    describe() {
      const { authority, clientId, clientSecret } = superoffice.api;
      return {
        superoffice: { authority, clientId, clientSecret },
        zoom: zoom.api.describe(),
        google: google.api.describe(),
        microsoft: microsoft.api.describe(),
        webex: webex.api.describe(),
      };
    },
    close() {
      closing ??= Promise.all([superoffice.close(), zoom.close(), google.close(), microsoft.close(), webex.close()]).then(() => undefined);
      return closing;
    },
  };
}
