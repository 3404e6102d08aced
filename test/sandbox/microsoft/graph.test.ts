import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useMicrosoftSandbox } from './support/fixture.js';
import { graph, graphError, refresh, signInForTokens } from './support/entra.js';

const sandbox = useMicrosoftSandbox();

describe('Graph: authentication and /me', () => {
  it('GET /me returns the user profile', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const response = await graph(ms, 'GET', '/me', access_token);
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.json).toMatchObject({
      id: '8c7b6a59-4d3e-4f21-9e8d-0000000e6a11',
      displayName: 'Megan Bowen',
      givenName: 'Megan',
      surname: 'Bowen',
      mail: 'megan@contoso.example',
      userPrincipalName: 'megan@contoso.example',
      jobTitle: 'Marketing Manager',
    });
  });

  it('no token → 401 InvalidAuthenticationToken with the WWW-Authenticate challenge and innerError ids', async () => {
    const ms = sandbox();
    const response = await graph(ms, 'GET', '/me', undefined, undefined, { 'client-request-id': 'abc-123' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer realm="", authorization_uri="${ms.describe().authority}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
    );
    const error = graphError(response);
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.innerError).toMatchObject({ 'client-request-id': 'abc-123', 'request-id': response.headers.get('request-id') });
    expect(error.innerError?.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('an expired access token → 401 "Access token has expired or is not yet valid."', async () => {
    const ms = sandbox();
    ms.switches.accessTokenTtlSeconds = 120;
    const { access_token } = await signInForTokens(ms);
    expect((await graph(ms, 'GET', '/me', access_token)).status).toBe(200);
    ms.advanceClock(121);
    const response = await graph(ms, 'GET', '/me', access_token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('authorization_uri=');
    expect(graphError(response)).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' });
  });

  it('accessTokenTtlSeconds sets expires_in (one second less, like Entra)', async () => {
    const ms = sandbox();
    ms.switches.accessTokenTtlSeconds = 300;
    const result = await signInForTokens(ms);
    expect(result.access_token).toBeTruthy();
    expect((await refresh(ms, result.refresh_token)).json.expires_in).toBe(299);
  });

  it('a garbage or foreign token → 401 InvalidAuthenticationToken', async () => {
    const ms = sandbox();
    for (const token of ['not-a-jwt', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig']) {
      const response = await graph(ms, 'GET', '/me', token);
      expect(response.status).toBe(401);
      expect(graphError(response).code).toBe('InvalidAuthenticationToken');
    }
  });

  it('a token without the permission → 403 (User.Read missing for /me, Calendars.ReadWrite missing for events)', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms, { username: 'adele@contoso.example', params: { scope: 'openid OnlineMeetings.ReadWrite', prompt: 'consent' } });
    expect(graphError(await graph(ms, 'GET', '/me', access_token)).code).toBe('Authorization_RequestDenied');
    const event = await graph(ms, 'POST', '/me/events', access_token, { subject: 'x', start: { dateTime: '2026-08-01T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-08-01T10:00:00', timeZone: 'UTC' } });
    expect(event.status).toBe(403);
    expect(graphError(event).code).toBe('ErrorAccessDenied');
  });

  it('a method the resource does not support → 405', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const response = await graph(ms, 'PUT', '/me', access_token, {});
    expect(response.status).toBe(405);
    expect(graphError(response).message).toBe('Specified HTTP method is not allowed for the request target.');
  });

  it('an unknown segment → 400 BadRequest; the userinfo endpoint answers', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const unknown = await graph(ms, 'GET', '/me/teleporters', access_token);
    expect(unknown.status).toBe(400);
    expect(graphError(unknown)).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'teleporters'." });
    const userinfo = await fetch(`${new URL(ms.describe().graphBase).origin}/oidc/userinfo`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(await userinfo.json()).toMatchObject({ sub: '8c7b6a59-4d3e-4f21-9e8d-0000000e6a11', email: 'megan@contoso.example' });
  });
});

const BODY = { startDateTime: '2026-08-01T09:00:00+02:00', endDateTime: '2026-08-01T09:30:00+02:00', subject: 'Customer call' };

describe('Graph: /me/onlineMeetings', () => {
  it('POST creates a Teams meeting: 201 with joinWebUrl, a 12–13 digit meeting id, a generated passcode and the organizer', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const response = await graph(ms, 'POST', '/me/onlineMeetings', access_token, { ...BODY, joinMeetingIdSettings: { isPasscodeRequired: true } });
    expect(response.status).toBe(201);
    const meeting = response.json;
    expect(meeting.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[A-Za-z0-9%]+%40thread\.v2\/0\?context=%7b%22Tid%22%3a%22/);
    expect(decodeURIComponent(new URL(String(meeting.joinWebUrl)).searchParams.get('context') ?? '')).toBe(
      JSON.stringify({ Tid: ms.tenantId, Oid: '8c7b6a59-4d3e-4f21-9e8d-0000000e6a11' }),
    );
    expect(meeting).toMatchObject({
      subject: 'Customer call',
      startDateTime: '2026-08-01T07:00:00.0000000Z',
      endDateTime: '2026-08-01T07:30:00.0000000Z',
      participants: { organizer: { upn: 'megan@contoso.example', identity: { user: { id: '8c7b6a59-4d3e-4f21-9e8d-0000000e6a11', displayName: 'Megan Bowen' } } } },
    });
    expect(meeting.creationDateTime).toEqual(expect.any(String));
    const settings = meeting.joinMeetingIdSettings as Record<string, unknown>;
    expect(settings.joinMeetingId).toMatch(/^\d{12,13}$/);
    expect(settings.passcode).toMatch(/^[A-Za-z0-9]{6}$/);
    expect(settings.isPasscodeRequired).toBe(true);
    expect((meeting.chatInfo as Record<string, unknown>).threadId).toMatch(/^19:meeting_.+@thread\.v2$/);
    expect(ms.meetings().filter((item) => item.id === meeting.id)).toEqual([
      expect.objectContaining({ kind: 'onlineMeeting', organizer: 'megan@contoso.example', joinUrl: meeting.joinWebUrl, start: '2026-08-01T07:00:00.000Z' }),
    ]);
  });

  it('a custom passcode is not supported → 400; isPasscodeRequired false → no passcode', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const before = ms.meetings().length;
    const custom = await graph(ms, 'POST', '/me/onlineMeetings', access_token, { ...BODY, joinMeetingIdSettings: { isPasscodeRequired: true, passcode: '123456' } });
    expect(custom.status).toBe(400);
    expect(graphError(custom).code).toBe('BadRequest');
    expect(ms.meetings()).toHaveLength(before);
    const open = await graph(ms, 'POST', '/me/onlineMeetings', access_token, { ...BODY, joinMeetingIdSettings: { isPasscodeRequired: false } });
    expect(open.json.joinMeetingIdSettings).toMatchObject({ isPasscodeRequired: false, passcode: null });
  });

  it('GET returns the meeting, DELETE removes it (204), then both → 404 NotFound', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const created = await graph(ms, 'POST', '/me/onlineMeetings', access_token, BODY);
    const path = `/me/onlineMeetings/${encodeURIComponent(String(created.json.id))}`;
    const read = await graph(ms, 'GET', path, access_token);
    expect(read.status).toBe(200);
    expect(read.json.joinWebUrl).toBe(created.json.joinWebUrl);
    expect((await graph(ms, 'DELETE', path, access_token)).status).toBe(204);
    expect(ms.meetings().some((item) => item.id === created.json.id)).toBe(false);
    const gone = await graph(ms, 'GET', path, access_token);
    expect(gone.status).toBe(404);
    expect(graphError(gone).code).toBe('NotFound');
    expect((await graph(ms, 'DELETE', path, access_token)).status).toBe(404);
  });

  it('createOrGet: the same externalId returns the same meeting (200), a new one creates (201); externalId is required; per user', async () => {
    const ms = sandbox();
    const megan = await signInForTokens(ms);
    const before = ms.meetings().length;
    const first = await graph(ms, 'POST', '/me/onlineMeetings/createOrGet', megan.access_token, { ...BODY, externalId: 'key-1' });
    expect(first.status).toBe(201);
    const again = await graph(ms, 'POST', '/me/onlineMeetings/createOrGet', megan.access_token, { ...BODY, subject: 'Changed', externalId: 'key-1' });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: first.json.id, joinWebUrl: first.json.joinWebUrl, subject: 'Customer call' });
    const other = await graph(ms, 'POST', '/me/onlineMeetings/createOrGet', megan.access_token, { ...BODY, externalId: 'key-2' });
    expect(other.status).toBe(201);
    expect(ms.meetings().length - before).toBe(2);
    const missing = await graph(ms, 'POST', '/me/onlineMeetings/createOrGet', megan.access_token, BODY);
    expect(missing.status).toBe(400);
    expect(graphError(missing).message).toMatch(/externalId is required/);
    // Another user's key space is their own.
    const adele = await signInForTokens(ms, { username: 'adele@contoso.example', consent: 'allow' });
    const theirs = await graph(ms, 'POST', '/me/onlineMeetings/createOrGet', adele.access_token, { ...BODY, externalId: 'key-1' });
    expect(theirs.status).toBe(201);
    expect(theirs.json.id).not.toBe(first.json.id);
  });

  it("another user's meeting is not found", async () => {
    const ms = sandbox();
    const megan = await signInForTokens(ms);
    const adele = await signInForTokens(ms, { username: 'adele@contoso.example', consent: 'allow' });
    const created = await graph(ms, 'POST', '/me/onlineMeetings', megan.access_token, BODY);
    expect((await graph(ms, 'GET', `/me/onlineMeetings/${String(created.json.id)}`, adele.access_token)).status).toBe(404);
  });

  it('personalAccount → 403 (not supported for personal Microsoft accounts), nothing created', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const before = ms.meetings().length;
    ms.switches.personalAccount = true;
    const response = await graph(ms, 'POST', '/me/onlineMeetings', access_token, BODY);
    expect(response.status).toBe(403);
    expect(graphError(response).message).toContain('personal Microsoft accounts');
    expect(ms.meetings()).toHaveLength(before);
  });

  it('an unknown property → 400 RequestBodyRead; a body that is not JSON → 400 BadRequest', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const unknown = await graph(ms, 'POST', '/me/onlineMeetings', access_token, { ...BODY, passcode: 'x' });
    expect(graphError(unknown)).toMatchObject({ code: 'RequestBodyRead' });
    expect(graphError(unknown).message).toContain("'passcode'");
    const response = await fetch(`${ms.describe().graphBase}/me/onlineMeetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: '{"subject":',
    });
    expect(response.status).toBe(400);
  });
});

function teamsEvent(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Demo with Contoso',
    body: { contentType: 'HTML', content: '<p>Agenda</p>' },
    start: { dateTime: '2026-08-01T09:00:00', timeZone: 'Europe/Oslo' },
    end: { dateTime: '2026-08-01T10:00:00', timeZone: 'Europe/Oslo' },
    location: { displayName: 'Online' },
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...extra,
  };
}

describe('Graph: /me/events with Teams', () => {
  it('POST → 201 with onlineMeeting.joinUrl and conferenceId; times echo the request zone', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const response = await graph(ms, 'POST', '/me/events', access_token, teamsEvent());
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      subject: 'Demo with Contoso',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeetingUrl: null,
      start: { dateTime: '2026-08-01T09:00:00.0000000', timeZone: 'Europe/Oslo' },
      end: { dateTime: '2026-08-01T10:00:00.0000000', timeZone: 'Europe/Oslo' },
      originalStartTimeZone: 'Europe/Oslo',
      organizer: { emailAddress: { address: 'megan@contoso.example' } },
    });
    const online = response.json.onlineMeeting as { joinUrl: string; conferenceId: string };
    expect(online.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/);
    expect(online.conferenceId).toMatch(/^\d+$/);
    expect(ms.meetings().find((item) => item.id === response.json.id)).toMatchObject({ kind: 'event', joinUrl: online.joinUrl, start: '2026-08-01T07:00:00.000Z' });
  });

  it('GET shows UTC by default and the Prefer: outlook.timezone zone when asked; $select trims the body', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const created = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ start: { dateTime: '2026-01-15T09:00:00', timeZone: 'W. Europe Standard Time' } }));
    const path = `/me/events/${String(created.json.id)}`;
    expect((await graph(ms, 'GET', path, access_token)).json.start).toEqual({ dateTime: '2026-01-15T08:00:00.0000000', timeZone: 'UTC' });
    const local = await graph(ms, 'GET', path, access_token, undefined, { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    expect(local.json.start).toEqual({ dateTime: '2026-01-15T00:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(local.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    const selected = await graph(ms, 'GET', `${path}?$select=onlineMeeting,onlineMeetingUrl`, access_token);
    expect(Object.keys(selected.json).sort()).toEqual(['@odata.context', '@odata.etag', 'id', 'onlineMeeting', 'onlineMeetingUrl']);
  });

  it('a dateTime with an offset → 400 ErrorInvalidRequest; an unknown timeZone → 400 TimeZoneNotSupportedException; nothing created', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const before = ms.meetings().length;
    for (const dateTime of ['2026-08-01T09:00:00Z', '2026-08-01T09:00:00+02:00', '2026-08-01T09:00:00.000-05:00']) {
      const response = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ start: { dateTime, timeZone: 'Europe/Oslo' } }));
      expect(response.status).toBe(400);
      expect(graphError(response).code).toBe('ErrorInvalidRequest');
    }
    const zone = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ start: { dateTime: '2026-08-01T09:00:00', timeZone: 'Mars/Olympus' } }));
    expect(graphError(zone).code).toBe('TimeZoneNotSupportedException');
    expect(ms.meetings()).toHaveLength(before);
  });

  it('transactionId makes creation idempotent: the same id returns the same event, no duplicate', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const transactionId = randomUUID();
    const first = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ transactionId }));
    const retry = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ transactionId }));
    expect(retry.status).toBe(201);
    expect(retry.json.id).toBe(first.json.id);
    expect((retry.json.onlineMeeting as { joinUrl: string }).joinUrl).toBe((first.json.onlineMeeting as { joinUrl: string }).joinUrl);
    expect(ms.meetings().filter((item) => item.id === first.json.id)).toHaveLength(1);
    const other = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ transactionId: randomUUID() }));
    expect(other.json.id).not.toBe(first.json.id);
  });

  it('onlineMeetingNullReads: 2 → onlineMeeting null on create and the first two GETs, then the link', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    ms.switches.onlineMeetingNullReads = 2;
    const created = await graph(ms, 'POST', '/me/events', access_token, teamsEvent());
    expect(created.status).toBe(201);
    expect(created.json.onlineMeeting).toBeNull();
    expect(created.json.isOnlineMeeting).toBe(true);
    const path = `/me/events/${String(created.json.id)}?$select=onlineMeeting`;
    expect((await graph(ms, 'GET', path, access_token)).json.onlineMeeting).toBeNull();
    expect((await graph(ms, 'GET', path, access_token)).json.onlineMeeting).toBeNull();
    expect((await graph(ms, 'GET', path, access_token)).json.onlineMeeting).toMatchObject({ joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\//) });
  });

  it('without isOnlineMeeting there is no Teams link', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const response = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ isOnlineMeeting: false, onlineMeetingProvider: undefined }));
    expect(response.json).toMatchObject({ isOnlineMeeting: false, onlineMeeting: null, onlineMeetingProvider: 'unknown' });
  });

  it('DELETE → 204, then 404 ErrorItemNotFound', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const created = await graph(ms, 'POST', '/me/events', access_token, teamsEvent());
    const path = `/me/events/${String(created.json.id)}`;
    expect((await graph(ms, 'DELETE', path, access_token)).status).toBe(204);
    const gone = await graph(ms, 'GET', path, access_token);
    expect(gone.status).toBe(404);
    expect(graphError(gone)).toMatchObject({ code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' });
    expect(ms.meetings().some((item) => item.id === created.json.id)).toBe(false);
  });

  it('an unknown property → 400 RequestBodyRead naming it', async () => {
    const ms = sandbox();
    const { access_token } = await signInForTokens(ms);
    const response = await graph(ms, 'POST', '/me/events', access_token, teamsEvent({ teamsLink: true }));
    expect(response.status).toBe(400);
    expect(graphError(response).message).toContain("The property 'teamsLink' does not exist on type 'microsoft.graph.event'");
  });
});
