import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../../main/config/app-config.js';
import { PROVIDER_PAGE_ORIGINS } from '../../../main/troubleshooting/provider-pages.js';

const sandbox = JSON.stringify({ superoffice: { authority: 'http://127.0.0.1:41234', clientId: 'c', clientSecret: 's' } });

describe('app configuration', () => {
  it('uses the sandbox when no real tenant is configured', () => {
    const config = loadAppConfig({ VMT_SANDBOX: sandbox }, { dataDir: '/d' });
    expect(config).toMatchObject({ environment: 'sandbox', environmentLabel: 'Sandbox', keychainService: 'Video Meetings Tray (sandbox)' });
    expect(config.allowedExternalOrigins).toEqual(['http://127.0.0.1:41234', ...PROVIDER_PAGE_ORIGINS]);
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

describe('provider configuration', () => {
  const full = JSON.stringify({
    superoffice: { authority: 'http://127.0.0.1:1', clientId: 'c' },
    zoom: { oauthOrigin: 'http://127.0.0.1:2', apiBase: 'http://127.0.0.1:3/v2', clientId: 'z', clientSecret: 's' },
    webex: { apiBase: 'http://127.0.0.1:4/v1', clientId: 'w', clientSecret: 's' },
  });

  it('takes the sandbox’s providers and allows their sign-in origins', () => {
    const config = loadAppConfig({ VMT_SANDBOX: full }, { dataDir: '/d' });
    expect(config.providers.zoom?.apiBase).toBe('http://127.0.0.1:3/v2');
    expect(config.providers.google).toBeUndefined();
    expect(config.allowedExternalOrigins).toEqual(['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:4', ...PROVIDER_PAGE_ORIGINS]);
  });

  it('configures real providers only when their client IDs are set', () => {
    const config = loadAppConfig({ VMT_SUPEROFFICE_ENV: 'online', VMT_SUPEROFFICE_CLIENT_ID: 'a', VMT_TEAMS_CLIENT_ID: 't' }, { dataDir: '/d' });
    expect(config.providers.teams).toEqual({ authority: 'https://login.microsoftonline.com', tenant: 'organizations', graphBase: 'https://graph.microsoft.com/v1.0', clientId: 't' });
    expect(config.providers.zoom).toBeUndefined();
    expect(config.allowedExternalOrigins).toContain('https://login.microsoftonline.com');
  });

  it.each([
    [{ VMT_JITSI_SERVER: 'http://jitsi.example' }, /https/],
    [{ VMT_WEBEX_REDIRECT_PORT: '80' }, /1024 to 65535/],
    [{ VMT_WEBEX_REDIRECT_PORT: 'abc' }, /port number/],
  ])('explains a bad provider setting %#', (env, message) => {
    expect(() => loadAppConfig({ VMT_SANDBOX: full, ...env }, { dataDir: '/d' })).toThrow(message);
  });

  it('refuses a sandbox description that points a provider away from loopback', () => {
    const evil = JSON.stringify({ superoffice: { authority: 'http://127.0.0.1:1', clientId: 'c' }, zoom: { oauthOrigin: 'https://zoom.us', apiBase: 'http://127.0.0.1:3/v2', clientId: 'z', clientSecret: 's' } });
    expect(() => loadAppConfig({ VMT_SANDBOX: evil }, { dataDir: '/d' })).toThrow(/127\.0\.0\.1/);
  });
});
