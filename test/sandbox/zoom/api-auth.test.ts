import { describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { apiCall, exchangeCode, signIn, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();

describe('API authentication, error shape and headers', () => {
  it('answers a missing or unknown bearer token with 401 code 124', async () => {
    const { zoom } = fixture;
    const missing = await apiCall(zoom, '/users/me');
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ code: 124, message: 'Invalid access token.' });
    const unknown = await apiCall(zoom, '/users/me', { token: 'eyJhbGciOiJIUzUxMiJ9.e30.x' });
    expect(unknown.json).toEqual({ code: 124, message: 'Invalid access token.' });
  });

  it('refuses an access token in the query string even with a valid header', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const response = await apiCall(zoom, `/users/me?access_token=${encodeURIComponent(tokens.access_token)}`, { token: tokens.access_token });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ code: 124, message: 'Invalid access token, this access token is not supported as query parameter string.' });
  });

  it('accepts the bearer scheme in any case', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const response = await fetch(`${zoom.describe().apiBase}/users/me`, { headers: { authorization: `bearer ${tokens.access_token}` } });
    expect(response.status).toBe(200);
  });

  it('puts x-zm-trackingid and rate-limit headers on every API response, errors included', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const ok = await apiCall(zoom, '/users/me', { token: tokens.access_token });
    const denied = await apiCall(zoom, '/users/me');
    const nowhere = await apiCall(zoom, '/nowhere', { token: tokens.access_token });
    for (const response of [ok, denied, nowhere]) expect(response.headers.get('x-zm-trackingid')).toMatch(/^v=2\.0;clid=us05;rid=WEB_[0-9a-f]{32}$/);
    expect(ok.headers.get('x-zm-trackingid')).not.toBe(denied.headers.get('x-zm-trackingid'));
    expect(ok.headers.get('x-ratelimit-category')).toBe('Light');
    expect(ok.headers.get('x-ratelimit-type')).toBe('QPS');
    expect(nowhere.status).toBe(404);
    expect(nowhere.json).toMatchObject({ code: 404 });
  });

  it('GET /users/me returns the token owner', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const me = await apiCall(zoom, '/users/me', { token: tokens.access_token });
    const zoe = zoom.users.find((user) => user.username === 'zoe@example.com');
    expect(me.json).toMatchObject({
      id: zoe?.userId,
      first_name: 'Zoe',
      last_name: 'Zoom',
      display_name: 'Zoe Zoom',
      email: 'zoe@example.com',
      type: 2,
      status: 'active',
      timezone: 'Europe/Oslo',
      account_id: zoe?.accountId,
    });
    expect(String(me.json.pmi)).toMatch(/^\d{10}$/);
  });

  it('resolves the own id and e-mail; another user is 404 code 1001', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const zoe = zoom.users.find((user) => user.username === 'zoe@example.com');
    const zed = zoom.users.find((user) => user.username === 'zed@example.com');
    expect((await apiCall(zoom, `/users/${zoe?.userId}`, { token: tokens.access_token })).json.email).toBe('zoe@example.com');
    expect((await apiCall(zoom, '/users/zoe@example.com', { token: tokens.access_token })).status).toBe(200);
    const other = await apiCall(zoom, `/users/${zed?.userId}`, { token: tokens.access_token });
    expect(other.status).toBe(404);
    expect(other.json).toEqual({ code: 1001, message: `User does not exist: ${zed?.userId}.` });
  });

  it('GET /users/me/settings shows the passcode requirement and the scheduling setting', async () => {
    const { zoom } = fixture;
    const tokens = await signInForTokens(zoom);
    const defaults = await apiCall(zoom, '/users/me/settings', { token: tokens.access_token });
    expect(defaults.status).toBe(200);
    expect(defaults.json).toMatchObject({
      schedule_meeting: { require_password_for_scheduling_new_meetings: false },
      meeting_security: {
        meeting_password_requirement: {
          length: 0,
          have_letter: false,
          have_number: false,
          have_special_character: false,
          have_upper_and_lower_characters: false,
          only_allow_numeric: false,
          consecutive_characters_length: 0,
          weak_enhance_detection: false,
        },
      },
    });
    zoom.switches.passcodeRequirement = { ...zoom.switches.passcodeRequirement, length: 8, have_special_character: true };
    zoom.switches.passcodeLocked = true;
    const strict = await apiCall(zoom, '/users/me/settings', { token: tokens.access_token });
    expect(strict.json).toMatchObject({
      schedule_meeting: { require_password_for_scheduling_new_meetings: true },
      meeting_security: { meeting_password_requirement: { length: 8, have_special_character: true } },
    });
  });

  it('answers a missing scope with 400 (not 403) code 4711', async () => {
    const { zoom } = fixture;
    const tokens = await exchangeCode(zoom, await signIn(zoom, { params: { scope: 'user:read:user' } }));
    const token = String(tokens.json.access_token);
    expect((await apiCall(zoom, '/users/me', { token })).status).toBe(200);
    const create = await apiCall(zoom, '/users/me/meetings', { token, method: 'POST', body: { topic: 'x' } });
    expect(create.status).toBe(400);
    expect(create.json).toEqual({ code: 4711, message: 'Invalid access token, does not contain scopes:[meeting:write:meeting].' });
    const remove = await apiCall(zoom, '/meetings/12345678901', { token, method: 'DELETE' });
    expect(remove.json.code).toBe(4711);
    const read = await apiCall(zoom, '/meetings/12345678901', { token });
    expect(read.json).toEqual({ code: 4711, message: 'Invalid access token, does not contain scopes:[meeting:read:meeting].' });
    const settings = await apiCall(zoom, '/users/me/settings', { token });
    expect(settings.json).toEqual({ code: 4711, message: 'Invalid access token, does not contain scopes:[user:read:settings].' });
  });
});
