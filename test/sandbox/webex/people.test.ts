import { describe, expect, it } from 'vitest';
import { useWebex } from './support/webex-fixture.js';
import { api, signInForTokens } from './support/webex-oauth.js';

const webex = useWebex();
const UNAUTHORIZED = 'The request requires a valid access token set in the Authorization request header.';

describe('GET /v1/people/me', () => {
  it('returns the signed-in person', async () => {
    const { access_token: token } = await signInForTokens(webex());
    const response = await api(webex(), 'GET', '/people/me', token);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      emails: ['wendy@example.com'],
      displayName: 'Wendy Webex',
      nickName: 'Wendy',
      firstName: 'Wendy',
      lastName: 'Webex',
      type: 'person',
      timezone: 'Europe/Oslo',
    });
    expect(Buffer.from(String(response.json.id), 'base64').toString()).toMatch(/^ciscospark:\/\/us\/PEOPLE\/[0-9a-f-]{36}$/);
    expect(Buffer.from(String(response.json.orgId), 'base64').toString()).toMatch(/^ciscospark:\/\/us\/ORGANIZATION\//);
    expect(response.json.id).toBe(webex().users[0]?.personId);
    expect(response.headers.get('trackingid')).toMatch(/^ROUTERGW_/);
  });

  it.each([
    ['no Authorization header', undefined],
    ['an unknown token', 'bm9wZQ_P0A1_nope'],
  ])('%s → 401 with the Webex body and the TrackingID in it', async (_label, token) => {
    const response = await api(webex(), 'GET', '/people/me', token);
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ message: UNAUTHORIZED, errors: [{ description: UNAUTHORIZED }], trackingId: response.headers.get('trackingid') });
  });

  it('an expired access token → 401 (accessTokenTtlSeconds 0)', async () => {
    webex().switches.accessTokenTtlSeconds = 0;
    const { access_token: token, expires_in } = await signInForTokens(webex());
    expect(expires_in).toBe(0);
    expect((await api(webex(), 'GET', '/people/me', token)).status).toBe(401);
  });

  it('a token without spark:people_read → 403 (missing scope)', async () => {
    const { access_token: token } = await signInForTokens(webex(), { params: { scope: 'meeting:schedules_read' } });
    const response = await api(webex(), 'GET', '/people/me', token);
    expect(response.status).toBe(403);
    expect(String(response.json.message)).toContain('missing required scopes');
  });
});

describe('other REST paths', () => {
  it('an unknown resource → 404 with the Webex body', async () => {
    const response = await api(webex(), 'GET', '/rooms', undefined);
    expect(response.status).toBe(404);
    expect(response.json.message).toBe('The requested resource could not be found.');
  });

  it('/v1/authorizations is admin-only: an integration token gets 403, so there is no per-token revocation', async () => {
    const { access_token: token } = await signInForTokens(webex());
    const { clientId } = webex().describe();
    expect((await api(webex(), 'DELETE', `/authorizations?clientId=${clientId}`, token)).status).toBe(403);
    expect((await api(webex(), 'GET', '/authorizations?personEmail=wendy@example.com', token)).status).toBe(403);
    expect((await api(webex(), 'GET', '/people/me', token)).status).toBe(200);
  });
});
