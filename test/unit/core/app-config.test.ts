import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../../main/config/app-config.js';

const sandbox = JSON.stringify({ superoffice: { authority: 'http://127.0.0.1:41234', clientId: 'c', clientSecret: 's' } });

describe('app configuration', () => {
  it('uses the sandbox when no real tenant is configured', () => {
    const config = loadAppConfig({ VMT_SANDBOX: sandbox }, { dataDir: '/d' });
    expect(config).toMatchObject({ environment: 'sandbox', environmentLabel: 'Sandbox', keychainService: 'Video Meetings Tray (sandbox)' });
    expect(config.allowedExternalOrigins).toEqual(['http://127.0.0.1:41234']);
  });

  it('uses a real environment from the environment variables, which win over the sandbox and settings', () => {
    const config = loadAppConfig(
      { VMT_SANDBOX: sandbox, VMT_SUPEROFFICE_ENV: 'online', VMT_SUPEROFFICE_CLIENT_ID: 'app-id' },
      { dataDir: '/d', tenant: { environment: 'sod', clientId: 'other' } },
    );
    expect(config.superoffice).toEqual({ authority: 'https://online.superoffice.com', clientId: 'app-id', clientSecret: undefined });
    expect(config.keychainService).toBe('Video Meetings Tray');
  });

  it('uses a tenant from the settings file when no variables are set', () => {
    const config = loadAppConfig({}, { dataDir: '/d', tenant: { environment: 'sod', clientId: 'from-settings', clientSecret: 'x' } });
    expect(config.superoffice.authority).toBe('https://sod.superoffice.com');
    expect(config.keychainService).toBe('Video Meetings Tray (sod)');
  });

  it.each([
    [{}, /No SuperOffice environment configured/],
    [{ VMT_SUPEROFFICE_ENV: 'production', VMT_SUPEROFFICE_CLIENT_ID: 'x' }, /VMT_SUPEROFFICE_ENV/],
    [{ VMT_SUPEROFFICE_ENV: 'online' }, /VMT_SUPEROFFICE_CLIENT_ID/],
    [{ VMT_SANDBOX: '{not json' }, /not valid JSON/],
    [{ VMT_SANDBOX: '{"superoffice":{}}' }, /not a sandbox description/],
    [{ VMT_SANDBOX: JSON.stringify({ superoffice: { authority: 'https://evil.example', clientId: 'c' } }) }, /127\.0\.0\.1/],
  ])('explains a bad configuration %#', (env, message) => {
    expect(() => loadAppConfig(env, { dataDir: '/d' })).toThrow(message);
  });
});
