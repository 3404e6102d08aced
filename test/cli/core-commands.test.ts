import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ApiError, ConnectionView, RepairProgress, Result } from '../../preload/contract.js';
import type { AppCore, CoreEvent } from '../../main/core/app-core-types.js';
import type { CliIo } from '../../main/cli/command.js';
import { cliCommands } from '../../main/cli/commands.js';
import { runCli } from '../../main/cli/dispatcher.js';
import { diagnosticsInput } from '../unit/diagnostics/diagnostics-fixture.js';

const superoffice: ConnectionView = { id: 'superoffice', kind: 'crm', title: 'SuperOffice CRM Online', status: 'connected', statusText: 'Connected to Cust12345 as Alice Andersen', nextAction: 'sign-out' };
const zoom: ConnectionView = { id: 'zoom', kind: 'video', title: 'Zoom', status: 'disconnected', statusText: 'Not connected', nextAction: 'connect', active: false };
const teamsNotSetUp: ConnectionView = {
  id: 'teams',
  kind: 'video',
  title: 'Microsoft Teams',
  status: 'error',
  statusText: 'Not set up',
  nextAction: 'retry',
  active: false,
  error: { code: 'invalid_client', message: 'Microsoft Teams is not set up for this installation.' },
};
const reauth: ApiError = { code: 'invalid_grant', message: 'SuperOffice no longer accepts this sign-in.', remedy: 'Sign in again.' };

/** A core that answers calls from a table and records what the command did with it. */
class FakeCore implements AppCore {
  readonly info = diagnosticsInput().app;
  readonly calls: Array<[unknown, unknown]> = [];
  readonly listeners = new Set<(event: CoreEvent) => void>();
  started = 0;
  stopped = 0;

  constructor(private readonly answers: Record<string, (core: FakeCore) => Result<unknown>>) {}

  async dispatch(name: unknown, args: unknown): Promise<Result<unknown>> {
    this.calls.push([name, args]);
    const answer = this.answers[String(name)];
    if (!answer) return { ok: false, error: { code: 'unknown_call', message: 'The app received a request it does not know.', remedy: 'Restart the app.' } };
    return answer(this);
  }
  subscribe(listener: (event: CoreEvent) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  emit(event: CoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
  async runTrayAction(): Promise<void> {}
  async start(): Promise<void> {
    this.started++;
  }
  async stop(): Promise<void> {
    this.stopped++;
  }
  async syncAdminMarkers(): Promise<void> {}
  async diagnostics() {
    return diagnosticsInput();
  }
}

async function run(argv: string[], core: FakeCore) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdin: Readable.from([]), stdinIsTty: false, stdout: (text) => void (out.stdout += text), stderr: (text) => void (out.stderr += text) };
  let opened = 0;
  const code = await runCli(argv, io, cliCommands(async () => (opened++, core)));
  return { code, ...out, opened };
}

const listing = (...views: ConnectionView[]) => ({ listConnections: (): Result<unknown> => ({ ok: true, value: views }) });

describe('cli status', () => {
  it('prints one line per connection and exits 0 when set-up connections are fine (a provider the installation lacks does not count)', async () => {
    const core = new FakeCore(listing(superoffice, zoom, teamsNotSetUp));
    const result = await run(['status'], core);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'superoffice  connected     Connected to Cust12345 as Alice Andersen\nzoom         disconnected  Not connected\nteams        error         Not set up\n',
    );
    expect([core.started, core.stopped]).toEqual([1, 1]);
  });

  it('exits 1 when SuperOffice needs re-authentication', async () => {
    const result = await run(['status'], new FakeCore(listing({ ...superoffice, status: 'needs-reauth', statusText: 'Sign in again', error: reauth }, zoom)));
    expect(result.code).toBe(1);
  });

  it('exits 1 when the active provider, or one with a sign-in, is in error', async () => {
    expect((await run(['status'], new FakeCore(listing(superoffice, { ...teamsNotSetUp, active: true })))).code).toBe(1);
    expect((await run(['status'], new FakeCore(listing(superoffice, { ...zoom, status: 'needs-reauth', statusText: 'Sign in to Zoom again', error: reauth })))).code).toBe(1);
  });

  it('prints one JSON line with --json', async () => {
    const result = await run(['status', '--json'], new FakeCore(listing({ ...superoffice, status: 'error', statusText: 'Failed' }, zoom, teamsNotSetUp)));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      connections: [
        { id: 'superoffice', status: 'error', statusText: 'Failed', setUp: true },
        { id: 'zoom', status: 'disconnected', statusText: 'Not connected', setUp: false, active: false },
        { id: 'teams', status: 'error', statusText: 'Not set up', setUp: false, active: false },
      ],
      needsAttention: ['superoffice'],
    });
  });

  it('exits 2 for an unknown option, without starting the core', async () => {
    const result = await run(['status', '--verbose'], new FakeCore(listing(superoffice)));
    expect(result).toMatchObject({ code: 2, opened: 0, stdout: '' });
    expect(result.stderr).toBe('status: unknown option "--verbose"; usage: npm run cli -- status [--json]\n');
  });
});

describe('cli diagnose', () => {
  it('prints the redacted report as text or JSON and exits 0', async () => {
    const text = await run(['diagnose'], new FakeCore({}));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Video Meetings Tray 0\.1\.0 diagnostics — host: electron/);
    const json = await run(['diagnose', '--json'], new FakeCore({}));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(diagnosticsInput());
  });
});

describe('cli disconnect', () => {
  it('signs out, prints the resulting state and exits 0', async () => {
    const core = new FakeCore({ disconnect: () => ({ ok: true, value: { ...superoffice, status: 'disconnected', statusText: 'Not connected' } }) });
    const result = await run(['disconnect', 'superoffice'], core);
    expect(result).toMatchObject({ code: 0, stdout: 'superoffice  disconnected  Not connected\n', stderr: '' });
    expect(core.calls).toEqual([['disconnect', ['superoffice']]]);
  });

  it('exits 1 with the message and the remedy on standard error when it fails', async () => {
    const core = new FakeCore({ disconnect: () => ({ ok: false, error: { code: 'keychain_locked', message: 'The keychain is locked.', remedy: 'Unlock it, then try again.' } }) });
    const result = await run(['disconnect', 'zoom'], core);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'disconnect: The keychain is locked.\ndisconnect: Unlock it, then try again.\n' });
    expect(core.stopped).toBe(1);
  });

  it.each([
    [['disconnect', 'nope'], 'disconnect: unknown connection "nope" (one of superoffice, zoom, google, teams, webex, jitsi, superoffice-video)'],
    [['disconnect'], 'disconnect: name the connection (one of superoffice, zoom, google, teams, webex, jitsi, superoffice-video)'],
    [['disconnect', 'zoom', 'google'], 'disconnect: unexpected argument "google"'],
  ])('exits 2 for %j without starting the core', async (argv, message) => {
    const result = await run(argv, new FakeCore({}));
    expect(result).toMatchObject({ code: 2, opened: 0, stdout: '' });
    expect(result.stderr).toBe(`${message}; usage: npm run cli -- disconnect <connection-id>\n`);
  });
});

describe('cli repair', () => {
  const progress = (state: RepairProgress['state'], steps: Array<[RepairProgress['steps'][number]['id'], RepairProgress['steps'][number]['state'], string?]>): CoreEvent => ({
    name: 'repairProgress',
    payload: { id: 'zoom', state, steps: steps.map(([id, stepState, detail]) => ({ id, title: id, state: stepState, ...(detail ? { detail } : {}) })) },
  });

  it('prints each step as it changes, then the connected state, and exits 0', async () => {
    const core = new FakeCore({
      repairConnection: (self) => {
        self.emit(progress('running', [['remove-local', 'running'], ['revoke', 'pending'], ['sign-in', 'pending']]));
        self.emit(progress('running', [['remove-local', 'done'], ['revoke', 'done', 'Revoked at Zoom'], ['sign-in', 'running']]));
        self.emit({ name: 'repairProgress', payload: { id: 'google', state: 'running', steps: [{ id: 'revoke', title: 'other', state: 'failed' }] } });
        self.emit(progress('done', [['remove-local', 'done'], ['revoke', 'done', 'Revoked at Zoom'], ['sign-in', 'done']]));
        return { ok: true, value: { ...zoom, status: 'connected', statusText: 'Connected to Zoom. Logged in as Zoe Zimmer' } };
      },
    });
    const result = await run(['repair', 'zoom'], core);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      ['repair: remove-local: running', 'repair: remove-local: done', 'repair: revoke: done — Revoked at Zoom', 'repair: sign-in: running', 'repair: sign-in: done', ''].join('\n'),
    );
    expect(result.stdout).toBe('zoom  connected  Connected to Zoom. Logged in as Zoe Zimmer\n');
    expect(core.listeners.size).toBe(0);
  });

  it('exits 1 when the repair does not end connected, or the core does not know the call', async () => {
    const failed = await run(['repair', 'zoom'], new FakeCore({ repairConnection: () => ({ ok: false, error: { code: 'cancelled', message: 'The sign-in was cancelled.' } }) }));
    expect(failed).toMatchObject({ code: 1, stdout: '', stderr: 'repair: The sign-in was cancelled.\n' });
    const unknown = await run(['repair', 'zoom'], new FakeCore({}));
    expect(unknown).toMatchObject({ code: 1, stderr: 'repair: The app received a request it does not know.\nrepair: Restart the app.\n' });
  });

  it('exits 2 for an unknown connection', async () => {
    expect((await run(['repair', 'skype'], new FakeCore({}))).code).toBe(2);
  });
});
