import { describe, expect, it } from 'vitest';
import { toSecretStoreError } from '../../../main/secrets/keytar-secret-store.js';

describe('keychain error mapping', () => {
  it.each([
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'keychain_unavailable'],
    ['Object does not exist at path "/org/freedesktop/secrets/collection/login"', 'keychain_unavailable'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'keychain_unavailable'],
    ['Cannot create an item in a locked collection', 'keychain_locked'],
    ['User canceled the operation.', 'keychain_locked'],
    ['The user name or passphrase you entered is not correct.', 'keychain_unavailable'],
    ['User interaction is not allowed.', 'keychain_locked'],
  ])('maps "%s" to %s', (message, code) => {
    const error = toSecretStoreError(new Error(message), 'save');
    expect(error.code).toBe(code);
    expect(error.message).toContain('save your sign-in');
  });
});
