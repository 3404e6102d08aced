import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionId, RepairProgress } from '../../../preload/contract.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { CoreApp } from '../../support/core-app.js';
import { PROVIDER_USERS, useProvider } from '../meetings/support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await app.call('connect', 'superoffice');
});
afterEach(() => app.close());

const progress = (id: ConnectionId): RepairProgress[] => app.events.flatMap((event) => (event.name === 'repairProgress' && event.payload.id === id ? [event.payload] : []));
const keychainAccounts = (): Array<{ account: string }> => JSON.parse(app.read('config.json')).video.providers ? Object.values(JSON.parse(app.read('config.json')).video.providers as Record<string, { keychainAccount: string }>).map((record) => ({ account: record.keychainAccount })) : [];

describe('Repair: remove the local configuration, revoke where possible, sign in again', () => {
  it.each([
    ['zoom', 'Revoked at Zoom'],
    ['google', 'Revoked at Google Meet'],
    ['teams', 'Microsoft Teams has no per-app revocation'],
    ['webex', 'Webex has no per-app revocation'],
  ] as const)('%s: a broken sign-in ends connected again with a new grant, step by step', async (provider, revokeDetail) => {
    await useProvider(app, provider);
    const before = keychainAccounts().find(Boolean)!.account;
    const oldGrant = await new KeytarSecretStore(app.keychainService).get(before);
    app.person.user = { ...PROVIDER_USERS[provider] };
    const view = await app.call('repairConnection', provider);
    expect(view).toMatchObject({ status: 'connected', id: provider });
    const steps = progress(provider);
    expect(steps.at(-1)).toMatchObject({ state: 'done' });
    expect(steps.at(-1)!.steps.map((step) => [step.id, step.state])).toEqual([
      ['remove-local', 'done'],
      ['revoke', provider === 'teams' || provider === 'webex' ? 'skipped' : 'done'],
      ['sign-in', 'done'],
    ]);
    expect(steps.at(-1)!.steps[1]!.detail).toContain(revokeDetail);
    // Progress was announced while it ran, not only at the end.
    expect(steps.some((step) => step.steps.some((each) => each.state === 'running'))).toBe(true);
    const newGrant = await new KeytarSecretStore(app.keychainService).get(before);
    expect(newGrant).toBeTruthy();
    expect(newGrant).not.toBe(oldGrant);
  });

  it('Jitsi: turned off and on again', async () => {
    await useProvider(app, 'jitsi');
    expect(await app.call('repairConnection', 'jitsi')).toMatchObject({ status: 'connected' });
    expect(progress('jitsi').at(-1)!.steps.find((step) => step.id === 'revoke')).toMatchObject({ state: 'skipped' });
  });

  it('a sign-in that is not completed ends the repair as failed, saying so; nothing is half-done silently', async () => {
    await useProvider(app, 'zoom');
    app.person.decision = 'ignore';
    const repair = app.call('repairConnection', 'zoom');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.call('cancelConnect', 'zoom');
    const view = await repair;
    expect(view.status).not.toBe('connected');
    const last = progress('zoom').at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.steps.find((step) => step.id === 'remove-local')).toMatchObject({ state: 'done' });
    expect(last.steps.find((step) => step.id === 'sign-in')).toMatchObject({ state: 'failed' });
    expect(last.error?.message).toBeTruthy();
  });

  it('a second repair of the same connection while one runs is refused', async () => {
    await useProvider(app, 'zoom');
    app.person.user = { ...PROVIDER_USERS.zoom };
    const first = app.call('repairConnection', 'zoom');
    await expect(app.call('repairConnection', 'zoom')).rejects.toMatchObject({ code: 'already_in_progress' });
    await first;
  });
});
