import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionView } from '../../preload/contract.js';
import { composeBenchCore, waitForAgenda, type BenchProfile } from './bench-core.js';
import { FetchWalker } from './fetch-walker.js';

export interface OAuthResult {
  /** The app's part of each sign-in: connect() to connected, less the person's walk through the pages. */
  appMs: number[];
  /** Each sign-in as a whole, the person's walk (login and consent pages over fetch) included. */
  totalMs: number[];
  /** A signed-in profile (data folder + keychain entry) the other benchmarks start from. */
  profile: BenchProfile;
}

/**
 * Whole SuperOffice sign-ins against the sandbox, as the core runs them (discovery, loopback receiver,
 * PKCE, the authorization response, code exchange, id_token verification, keychain, tenant state API,
 * current principal, settings). The person (login form and the app's approval page, walked with fetch)
 * is timed separately and left out of `appMs`: from opening the sign-in page to sending the redirect
 * back to the app. Between runs the core signs out (revoking the grant) and the agenda load that follows
 * a sign-in is let finish; the last run stays signed in.
 */
export async function measureOAuthRoundtrip(sandbox: string, runs = 10): Promise<OAuthResult> {
  const profile: BenchProfile = {
    sandbox,
    dataDir: mkdtempSync(join(tmpdir(), 'vmt-bench-')),
    keychainService: `Video Meetings Tray bench ${process.pid}-${Math.random().toString(36).slice(2)}`,
  };
  const walker = new FetchWalker();
  const { core } = composeBenchCore(profile, { opener: walker });
  await core.start();
  const appMs: number[] = [];
  const totalMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const result = await core.dispatch('connect', ['superoffice']);
      const total = performance.now() - start;
      const view = result.ok ? (result.value as ConnectionView) : undefined;
      if (!view || view.status !== 'connected') throw new Error(`Sign-in ${run + 1} did not connect: ${JSON.stringify(result)}`);
      const walk = await walker.last!;
      appMs.push(total - (walk.callbackAt - walk.openedAt));
      totalMs.push(total);
      await waitForAgenda(core, (agenda) => agenda.status === 'fresh');
      if (run < runs - 1) {
        const out = await core.dispatch('disconnect', ['superoffice']);
        if (!out.ok) throw new Error(`Sign-out failed: ${JSON.stringify(out)}`);
      }
    }
  } finally {
    await core.stop();
  }
  return { appMs, totalMs, profile };
}
