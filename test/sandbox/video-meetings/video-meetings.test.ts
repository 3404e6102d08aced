import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDiaryFixture, type DiaryFixture } from '../diary/support.js';
import { expectRestError } from '../diary/patch-support.js';
import { Browser } from '../support/browser.js';
import { formWithButton } from '../support/html-forms.js';
import { agent, connectedState, GUID, reserve, type AgentCall } from './support.js';

let fixture: DiaryFixture;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(() => fixture.sandbox.close());
afterEach(() => {
  delete fixture.sandbox.superoffice.switches.videoMeetingService;
});

const PROVIDER = 'superoffice-videomeetings';
const NOT_AUTHORISED = /has not authorised the video meeting service/;

/** Opens a LoginUrl like a browser and clicks `button` ("Authorise" or "Cancel"); the page it lands on. */
async function clickOnLoginPage(loginUrl: string, button: string): Promise<{ status: number; html: string }> {
  const browser = new Browser(fixture.sandbox.superoffice.authority);
  const page = await browser.navigate(loginUrl);
  if (page.kind !== 'page') throw new Error('the LoginUrl redirected away');
  expect(page.status).toBe(200);
  const form = formWithButton(page.html, button);
  if (form === undefined) throw new Error(`no "${button}" button on ${page.url.href}`);
  expect(form.method).toBe('post');
  const landing = await browser.submit(page.url, form.action, form.inputs);
  if (landing.kind !== 'page') throw new Error('the button redirected away');
  return { status: landing.status, html: landing.html };
}

describe('GetVideoMeetingConnectedState', () => {
  it('a user who has not authorised: IsConnected false, the provider, and a LoginUrl on the sandbox sod host', async () => {
    const response = await agent(fixture, 'GetVideoMeetingConnectedState');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const state = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(state)).toEqual(['IsConnected', 'ProviderId', 'LoginUrl']);
    expect(state).toMatchObject({ IsConnected: false, ProviderId: PROVIDER });
    const login = new URL(String(state.LoginUrl));
    expect(login.origin).toBe(fixture.sandbox.superoffice.authority);
    expect(login.pathname).toBe('/__sandbox/video-meetings/authorise');
    expect(login.searchParams.get('ctx')).toBe('Cust12345');
    expect(login.searchParams.get('associate')).toBe('5');
  });

  it('the LoginUrl is stable per user and differs between users', async () => {
    const alice = await connectedState(fixture);
    expect((await connectedState(fixture)).LoginUrl).toBe(alice.LoginUrl);
    const bob = await connectedState(fixture, fixture.tokens.bob);
    expect(bob.LoginUrl).not.toBe(alice.LoginUrl);
    expect(new URL(bob.LoginUrl).searchParams.get('associate')).toBe('6');
  });

  it('$select nulls the other fields', async () => {
    const response = await agent(fixture, 'GetVideoMeetingConnectedState', undefined, { query: '?$select=IsConnected' });
    expect(await response.json()).toEqual({ IsConnected: false, ProviderId: null, LoginUrl: null });
  });

  it.each<[AgentCall]>([['GetVideoMeetingConnectedState'], ['CreateVideoMeetingReservation'], ['DeleteVideoMeetingReservation']])('%s: 401 without a token', async (call) => {
    const body = call === 'DeleteVideoMeetingReservation' ? { VideoMeetingId: '0f8fad5b-d9cb-469f-a165-70867728950e' } : undefined;
    expect((await agent(fixture, call, body, { token: null })).status).toBe(401);
  });
});

describe('the LoginUrl page', () => {
  it('shows "Authorise" and "Cancel" as plain form POSTs, with the sandbox page headers', async () => {
    const { LoginUrl } = await connectedState(fixture);
    const response = await fetch(LoginUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('Alice Andersen');
    expect(html).toContain('SANDBOX');
    expect(html).not.toContain('<script');
    expect(formWithButton(html, 'Authorise')?.method).toBe('post');
    expect(formWithButton(html, 'Cancel')?.method).toBe('post');
  });

  it('"Cancel" changes nothing', async () => {
    const { LoginUrl } = await connectedState(fixture);
    const page = await clickOnLoginPage(LoginUrl, 'Cancel');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/return to the app/);
    expect((await connectedState(fixture)).IsConnected).toBe(false);
    expect(fixture.sandbox.superoffice.videoMeetings.isAuthorised(5)).toBe(false);
  });

  it('"Authorise" connects the user (only that user) and says they can return to the app', async () => {
    const { LoginUrl } = await connectedState(fixture);
    const page = await clickOnLoginPage(LoginUrl, 'Authorise');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/return to the app/);
    expect(page.html).toContain('Alice Andersen');
    expect(formWithButton(page.html, 'Authorise')).toBeUndefined();
    expect(await connectedState(fixture)).toEqual({ IsConnected: true, ProviderId: PROVIDER, LoginUrl });
    const so = fixture.sandbox.superoffice;
    expect(so.videoMeetings.isAuthorised(5)).toBe(true);
    expect(so.videoMeetings.isAuthorised(6)).toBe(false);
    expect((await connectedState(fixture, fixture.tokens.bob)).IsConnected).toBe(false);
  });

  it('an edited or incomplete link is refused (400 page) and authorises nobody', async () => {
    const { LoginUrl } = await connectedState(fixture);
    const forged = new URL(LoginUrl);
    forged.searchParams.set('associate', '6');
    expect((await fetch(forged)).status).toBe(400);
    const unsigned = new URL(LoginUrl);
    unsigned.searchParams.delete('sig');
    expect((await fetch(unsigned)).status).toBe(400);
    const form = new URLSearchParams({ ctx: 'Cust12345', associate: '6', sig: new URL(LoginUrl).searchParams.get('sig') ?? '' });
    const post = await fetch(`${fixture.sandbox.superoffice.authority}/__sandbox/video-meetings/authorise`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(post.status).toBe(400);
    expect(fixture.sandbox.superoffice.videoMeetings.isAuthorised(6)).toBe(false);
  });
});

describe('CreateVideoMeetingReservation', () => {
  it('a user who has not authorised → 400 in the WebAPI error shape; nothing reserved', async () => {
    const count = fixture.sandbox.superoffice.videoMeetings.reservations().length;
    await expectRestError(await agent(fixture, 'CreateVideoMeetingReservation', undefined, { token: fixture.tokens.admin }), 400, NOT_AUTHORISED);
    expect(fixture.sandbox.superoffice.videoMeetings.reservations()).toHaveLength(count);
  });

  it('a connected user gets a new GUID and its join URL on the tenant meeting host each time', async () => {
    fixture.sandbox.superoffice.videoMeetings.authorise(5);
    const first = await reserve(fixture);
    expect(first).toEqual({ VideoMeetingId: expect.stringMatching(GUID), VideoMeetingUrl: expect.any(String), TableRight: null, FieldProperties: {} });
    expect(first.VideoMeetingUrl).toBe(`https://cust12345.meetings-sod.superoffice.com/join/${first.VideoMeetingId}`);
    const second = await reserve(fixture);
    expect(second.VideoMeetingId).not.toBe(first.VideoMeetingId);
    const listed = fixture.sandbox.superoffice.videoMeetings.reservations('Cust12345');
    expect(listed).toEqual(
      expect.arrayContaining([
        { videoMeetingId: first.VideoMeetingId, url: first.VideoMeetingUrl, associateId: 5, deleted: false },
        { videoMeetingId: second.VideoMeetingId, url: second.VideoMeetingUrl, associateId: 5, deleted: false },
      ]),
    );
  });

  it('ignores a body and honours $select', async () => {
    fixture.sandbox.superoffice.videoMeetings.authorise(5);
    const response = await agent(fixture, 'CreateVideoMeetingReservation', { Anything: true }, { query: '?$select=VideoMeetingUrl' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.VideoMeetingId).toBeNull();
    expect(body.VideoMeetingUrl).toMatch(/^https:\/\/cust12345\.meetings-sod\.superoffice\.com\/join\//);
  });
});

describe('DeleteVideoMeetingReservation', () => {
  it('204 with no body; the reservation is marked deleted; deleting it again → 404', async () => {
    const so = fixture.sandbox.superoffice;
    so.videoMeetings.authorise(5);
    const { VideoMeetingId } = await reserve(fixture);
    const response = await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(so.videoMeetings.reservations().find((reservation) => reservation.videoMeetingId === VideoMeetingId)?.deleted).toBe(true);
    await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId }), 404, new RegExp(VideoMeetingId));
  });

  it("someone else's reservation or an unknown id → 404, nothing deleted", async () => {
    const so = fixture.sandbox.superoffice;
    so.videoMeetings.authorise(5);
    so.videoMeetings.authorise(6);
    const { VideoMeetingId } = await reserve(fixture);
    await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId }, { token: fixture.tokens.bob }), 404);
    await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId: '0f8fad5b-d9cb-469f-a165-70867728950e' }), 404);
    await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId: 'laudantium' }), 404);
    expect(so.videoMeetings.reservations().find((reservation) => reservation.videoMeetingId === VideoMeetingId)?.deleted).toBe(false);
  });

  it('matches the property name and the id case-insensitively; text/json is fine', async () => {
    fixture.sandbox.superoffice.videoMeetings.authorise(5);
    const { VideoMeetingId } = await reserve(fixture);
    const response = await agent(fixture, 'DeleteVideoMeetingReservation', { videomeetingid: VideoMeetingId.toUpperCase() }, { contentType: 'text/json; charset=utf-8' });
    expect(response.status).toBe(204);
  });

  it.each([
    ['no body', ''],
    ['not JSON', '{"VideoMeetingId": '],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['a number id', '{"VideoMeetingId": 5}'],
    ['an empty id', '{"VideoMeetingId": ""}'],
    ['JSON null', 'null'],
  ])('%s → 400', async (_label, body) => {
    fixture.sandbox.superoffice.videoMeetings.authorise(5);
    const error = await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', body), 400);
    expect(error.ErrorType).toBe('ArgumentException');
  });

  it('a body that is not JSON by Content-Type → 415', async () => {
    await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', 'VideoMeetingId=x', { contentType: 'application/x-www-form-urlencoded' }), 415);
  });

  it('a user who has not authorised → 400', async () => {
    await expectRestError(
      await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId: '0f8fad5b-d9cb-469f-a165-70867728950e' }, { token: fixture.tokens.admin }),
      400,
      NOT_AUTHORISED,
    );
  });
});

describe('the videoMeetingService switch', () => {
  it("unset = 'available'; settable over PATCH /__sandbox/switches; bad values → 400", async () => {
    const so = fixture.sandbox.superoffice;
    expect(so.switches.videoMeetingService).toBeUndefined();
    const patch = (body: unknown) =>
      fetch(`${so.authority}/__sandbox/switches`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await patch({ videoMeetingService: 'not-configured' })).status).toBe(200);
    expect(so.switches.videoMeetingService).toBe('not-configured');
    expect((await patch({ videoMeetingService: 'gone' })).status).toBe(400);
    expect(so.switches.videoMeetingService).toBe('not-configured');
  });

  it("'not-configured': IsConnected false with empty ProviderId and LoginUrl, even for an authorised user; Create and Delete → 400", async () => {
    const so = fixture.sandbox.superoffice;
    so.videoMeetings.authorise(5);
    const { VideoMeetingId } = await reserve(fixture);
    so.switches.videoMeetingService = 'not-configured';
    expect(await connectedState(fixture)).toEqual({ IsConnected: false, ProviderId: '', LoginUrl: '' });
    const count = so.videoMeetings.reservations().length;
    await expectRestError(await agent(fixture, 'CreateVideoMeetingReservation'), 400, /No video meeting provider is configured/);
    expect(so.videoMeetings.reservations()).toHaveLength(count);
    await expectRestError(await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId }), 400, /No video meeting provider/);
    so.switches.videoMeetingService = 'available';
    expect((await connectedState(fixture)).IsConnected).toBe(true);
    expect((await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId })).status).toBe(204);
  });

  it("'unsupported' (NetServer before 11.4): GetVideoMeetingConnectedState is 404 like an unknown route; Create/Delete still work for connected users", async () => {
    const so = fixture.sandbox.superoffice;
    so.videoMeetings.authorise(5);
    so.switches.videoMeetingService = 'unsupported';
    const missing = await expectRestError(await agent(fixture, 'GetVideoMeetingConnectedState'), 404);
    const unknown = await expectRestError(await agent(fixture, 'GetSomethingThatDoesNotExist'), 404);
    expect(missing.ErrorType).toBe(unknown.ErrorType);
    const { VideoMeetingId } = await reserve(fixture);
    expect((await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId })).status).toBe(204);
    await expectRestError(await agent(fixture, 'CreateVideoMeetingReservation', undefined, { token: fixture.tokens.admin }), 400, NOT_AUTHORISED);
  });

  it("'reservation_error': Create → 500 in the WebAPI error shape, nothing reserved; the state and Delete are unaffected", async () => {
    const so = fixture.sandbox.superoffice;
    so.videoMeetings.authorise(5);
    const { VideoMeetingId } = await reserve(fixture);
    so.switches.videoMeetingService = 'reservation_error';
    expect(await connectedState(fixture)).toMatchObject({ IsConnected: true, ProviderId: PROVIDER });
    const count = so.videoMeetings.reservations().length;
    const error = await expectRestError(await agent(fixture, 'CreateVideoMeetingReservation'), 500, /reservation_error/);
    expect(error.ErrorType).toBe('SoServerException');
    expect(so.videoMeetings.reservations()).toHaveLength(count);
    expect((await agent(fixture, 'DeleteVideoMeetingReservation', { VideoMeetingId })).status).toBe(204);
  });

  it('the restApi switch still applies in front of the agent calls', async () => {
    const so = fixture.sandbox.superoffice;
    so.switches.restApi = 'server_error';
    try {
      expect((await agent(fixture, 'GetVideoMeetingConnectedState')).status).toBe(500);
    } finally {
      so.switches.restApi = 'normal';
    }
  });
});

describe('SuperOfficeSandbox.videoMeetings', () => {
  it('authorise / disconnect / isAuthorised per associate and tenant', async () => {
    const meetings = fixture.sandbox.superoffice.videoMeetings;
    meetings.authorise(1);
    expect(meetings.isAuthorised(1)).toBe(true);
    expect(meetings.isAuthorised(1, 'Cust99999')).toBe(false);
    expect((await connectedState(fixture, fixture.tokens.admin)).IsConnected).toBe(true);
    meetings.disconnect(1);
    expect(meetings.isAuthorised(1)).toBe(false);
    expect((await connectedState(fixture, fixture.tokens.admin)).IsConnected).toBe(false);
    expect(meetings.reservations('Cust99999')).toEqual([]);
  });
});
