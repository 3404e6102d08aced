import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startZoom } from '../../../main/sandbox/zoom/index.js';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, exchangeCode, refresh, signIn } from './support/zoom-client.js';

const fixture = useZoomSandbox();

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('listeners and description', () => {
  it('describes exactly { oauthOrigin, apiBase, clientId, clientSecret } on two loopback listeners', () => {
    const description = fixture.zoom.describe();
    expect(Object.keys(description).sort()).toEqual(['apiBase', 'clientId', 'clientSecret', 'oauthOrigin']);
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
    expect(description.oauthOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(description.apiBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(new URL(description.apiBase).port).not.toBe(new URL(description.oauthOrigin).port);
    expect(description.clientId).not.toBe(fixture.zoom.publicClientId);
    expect(description.clientSecret.length).toBeGreaterThan(0);
  });

  it('serves OAuth only on the OAuth host and the API only on the API host', async () => {
    const { zoom } = fixture;
    const { oauthOrigin, apiBase } = zoom.describe();
    expect((await fetch(`${oauthOrigin}/v2/users/me`)).status).toBe(404);
    const onApiHost = await fetch(`${new URL(apiBase).origin}/oauth/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token' }) });
    expect(onApiHost.status).toBe(401);
    expect(await onApiHost.json()).toEqual({ code: 124, message: 'Invalid access token.' });
  });

  it('lists the sandbox users with their password', () => {
    expect(fixture.zoom.users.map((user) => [user.username, user.password])).toEqual([
      ['zoe@example.com', 'sandbox'],
      ['zed@example.com', 'sandbox'],
    ]);
  });

  it('logs one line per request, never query strings, codes or tokens', async () => {
    const { zoom, logs } = fixture;
    const result = await signIn(zoom);
    const tokens = await exchangeCode(zoom, result);
    await refresh(zoom, String(tokens.json.refresh_token));
    await apiCall(zoom, '/users/me?page=1', { token: String(tokens.json.access_token) });
    const code = result.landing.kind === 'callback' ? (result.landing.url.searchParams.get('code') ?? '') : '';
    const text = logs.join('\n');
    expect(text).toContain('[zoom] GET /oauth/authorize');
    expect(text).toContain('[zoom-api] GET /v2/users/me → 200');
    expect(text).not.toContain('?');
    expect(text).not.toContain(code);
    expect(text).not.toContain(String(tokens.json.access_token));
    expect(text).not.toContain(result.state);
  });

  it('closes both listeners', async () => {
    const running = await startZoom(() => {});
    const ports = [running.api.describe().oauthOrigin, running.api.describe().apiBase].map((url) => Number(new URL(url).port));
    expect(await canConnect(ports[0] ?? 0)).toBe(true);
    await running.close();
    for (const port of ports) expect(await canConnect(port)).toBe(false);
  });
});
