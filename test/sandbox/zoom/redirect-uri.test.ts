import { describe, expect, it } from 'vitest';
import { Browser } from '../support/browser.js';
import { useZoomSandbox } from './support/setup.js';
import { authorizeUrl, exchangeCode, signIn } from './support/zoom-client.js';

const fixture = useZoomSandbox();

describe('loopback redirect URI (registered http://127.0.0.1/zoom/callback, port ignored)', () => {
  it('describes the registered URL', () => {
    expect(fixture.zoom.redirectUri).toBe('http://127.0.0.1/zoom/callback');
  });

  for (const redirectUri of ['http://127.0.0.1:49152/zoom/callback', 'http://127.0.0.1:8080/zoom/callback', 'http://127.0.0.1/zoom/callback']) {
    it(`accepts ${redirectUri} and redirects to exactly that URI`, async () => {
      const { zoom } = fixture;
      const result = await signIn(zoom, { params: { redirect_uri: redirectUri } });
      expect(result.landing.kind).toBe('callback');
      if (result.landing.kind === 'callback') {
        const url = result.landing.url;
        expect(`${url.origin}${url.pathname}`).toBe(new URL(redirectUri).href);
      }
      expect((await exchangeCode(zoom, result)).status).toBe(200);
    });
  }

  for (const redirectUri of [
    'http://localhost:49152/zoom/callback',
    'http://[::1]:49152/zoom/callback',
    'https://127.0.0.1:49152/zoom/callback',
    'http://127.0.0.1:49152/zoom/callback/',
    'http://127.0.0.1:49152/zoom/Callback',
    'http://127.0.0.1:49152/oauth/zoom/callback',
    'http://127.0.0.1:49152/zoom/callback?x=1',
    'http://127.0.0.1:0/zoom/callback',
    'http://127.0.0.1:70000/zoom/callback',
    'http://127.0.0.1:49152',
  ]) {
    it(`shows the 4709 error page for ${redirectUri} and does not redirect`, async () => {
      const { zoom } = fixture;
      const landing = await new Browser(zoom.describe().oauthOrigin).navigate(authorizeUrl(zoom, { redirect_uri: redirectUri }));
      expect(landing.kind).toBe('page');
      if (landing.kind === 'page') {
        expect(landing.status).toBe(400);
        expect(landing.html).toContain('4709');
        expect(landing.html).toContain('Zoom SANDBOX');
      }
    });
  }

  it('shows the 4709 page when redirect_uri is missing', async () => {
    const { zoom } = fixture;
    const landing = await new Browser(zoom.describe().oauthOrigin).navigate(authorizeUrl(zoom, { redirect_uri: undefined }));
    expect(landing.kind === 'page' && landing.html.includes('4709')).toBe(true);
  });

  it('requires the token request to repeat the exact redirect_uri, port included (invalid_grant 4709)', async () => {
    const { zoom } = fixture;
    const otherPort = await exchangeCode(zoom, await signIn(zoom), { redirect_uri: 'http://127.0.0.1:53683/zoom/callback' });
    expect(otherPort.status).toBe(400);
    expect(otherPort.json).toEqual({ reason: 'Redirect URI mismatch. (4709)', error: 'invalid_grant' });

    const missing = await signIn(zoom);
    const withoutRedirect = await exchangeCode(zoom, missing, { redirect_uri: '' });
    expect(withoutRedirect.json.error).toBe('invalid_grant');
  });
});
