// This file's process has no reachable Secret Service: the keychain library talks to a D-Bus address
// where nothing listens, as on a desktop whose keyring daemon is not running.
process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/vmt-no-bus';
delete process.env.DISPLAY;

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';
import { SecretStoreError } from '../../main/ports/secret-store.js';
import { CoreApp } from '../support/core-app.js';
import { CoreHarness, TOKEN_LIKE } from '../support/core-harness.js';

describe('keychain unavailable', () => {
  it('turns every keychain operation into a keychain_unavailable error without a secret in it', async () => {
    const store = new KeytarSecretStore('Video Meetings Tray test unavailable');
    for (const operation of [() => store.get('a'), () => store.set('a', 'super-secret-value'), () => store.delete('a')]) {
      const error = await operation().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(SecretStoreError);
      expect((error as SecretStoreError).code).toBe('keychain_unavailable');
      expect((error as SecretStoreError).message).not.toContain('super-secret-value');
    }
  });

  describe('signing in', () => {
    let core: CoreHarness;
    beforeEach(async () => {
      core = await new CoreHarness().start();
    });
    afterEach(() => core.close());

    it('shows a clear error, never falls back to plaintext, and gives the grant back', async () => {
      const revocations = () => core.sandboxLog.filter((line) => line.includes('POST /login/common/oauth/revoke')).length;
      await expect(core.connection.connect()).rejects.toMatchObject({ code: 'keychain_unavailable' });
      const view = core.connection.view();
      expect(view).toMatchObject({ status: 'error', error: { code: 'keychain_unavailable' } });
      expect(view.error?.remedy).toMatch(/keyring|keychain/i);
      expect(core.settings.value.connections.superoffice).toBeUndefined();
      expect(core.diskText()).not.toMatch(TOKEN_LIKE);
      expect(revocations()).toBe(1);
    });
  });

  it('the card the renderer gets (the whole core) is diagnosed "keychain unavailable", with cause, remedy and a Try again button', async () => {
    const app = await new CoreApp().start();
    try {
      await expect(app.call('connect', 'superoffice')).rejects.toMatchObject({ code: 'keychain_unavailable' });
      const card = (await app.call('listConnections')).find((view) => view.id === 'superoffice')!;
      expect(card).toMatchObject({ status: 'error', error: { code: 'keychain_unavailable' } });
      expect(card.diagnosis).toEqual({
        kind: 'keychain-unavailable',
        cause: 'The system keychain is not available.',
        remedy: 'Start your desktop’s keyring (GNOME Keyring, KWallet, macOS Keychain), then try again.',
        action: 'retry',
        actionLabel: 'Try again',
      });
      const changed = app.events.filter((event) => event.name === 'connectionChanged' && event.payload.id === 'superoffice').at(-1);
      expect(changed?.payload).toMatchObject({ diagnosis: { kind: 'keychain-unavailable' } });
    } finally {
      await app.close();
    }
  });
});
