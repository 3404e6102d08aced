import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchMyDiary } from '../../main/agenda/diary-client.js';
import type { Appointment } from '../../main/agenda/appointment.js';
import { AppError } from '../../main/core/app-error.js';
import { parseGrant, serializeGrant } from '../../main/oauth/stored-grant.js';
import type { TokenSession } from '../../main/oauth/token-session.js';
import { ConfSettingsStore } from '../../main/settings/conf-settings-store.js';
import { settingsSchema } from '../../main/settings/settings-schema.js';
import { SettingsService } from '../../main/settings/settings-service.js';
import { SuperOfficeApi } from '../../main/superoffice/superoffice-api.js';
import { readSuperOfficeClaims } from '../../main/superoffice/superoffice-claims.js';
import { TenantResolver } from '../../main/superoffice/tenant-resolver.js';
import { FakeClock } from '../support/fake-clock.js';
import { MemoryLogger } from '../support/memory-logger.js';
import { HEAVY_RUNS, RUNS, jsonValue, mutated, nastyString, timed, timedAsync } from './arbitraries.js';

/**
 * The zod schemas that guard what arrives over the wire, fed thousands of generated answers each: they
 * either yield well-formed values or fail in the documented way (an AppError with its code), never
 * crash, hang or let a bad value through.
 */

const TIME_ZONES = ['UTC', 'Europe/Oslo', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Antarctica/Troll', 'Etc/GMT+12'];
const INVITATIONS = new Set(['own', 'accepted', 'tentative', 'not-answered', 'declined']);

// ---------------------------------------------------------------------------------------------------
// GetMyDiary carriers

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => pad(n));

/** Date-times as SuperOffice writes them, and near misses: bad days and hours, odd years, fractions, offsets, spaces. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }).map((n) => pad(n, 4)),
      mo: two(13),
      d: two(32),
      h: two(25),
      mi: two(61),
      s: fc.option(two(61)),
      fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
      zone: fc.option(fc.constantFrom('Z', '+00:00', '+14:00', '-12:00', '+0545', '-03:30', '+99:99', '+23:59')),
      sep: fc.constantFrom('T', ' ', 't'),
      space: fc.constantFrom('', ' ', '\n', '\u00a0'),
    })
    .map(({ y, mo, d, h, mi, s, fraction, zone, sep, space }) => `${space}${y}-${mo}-${d}${sep}${h}:${mi}${s ? `:${s}` : ''}${s && fraction ? `.${fraction}` : ''}${zone ?? ''}${space}`),
  fc.date({ noInvalidDate: true, min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') }).map((date) => date.toISOString()),
  // Local wall times without an offset, as SuperOffice writes them: the common case.
  fc.date({ noInvalidDate: true, min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z') }).map((date) => date.toISOString().slice(0, 19)),
  fc.constantFrom('', '0001-01-01', '9999-12-31T23:59:59', '2026-02-29T10:00:00', '2024-02-29T10:00:00', '2026-03-29T02:30:00', '2026-10-25T02:30:00', '+275760-09-13T00:00:00Z', '1970-01-01T00:00:00.0000000'),
  nastyString,
);

const carrier: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    AppointmentId: fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER)),
    StartDate: dateText,
    EndDate: dateText,
    Title: fc.option(nastyString),
    Description: fc.option(nastyString),
    Agenda: fc.option(nastyString),
    Location: fc.option(nastyString),
    JoinVideomeetUrl: fc.option(fc.oneof(fc.webUrl(), nastyString)),
    ContactName: fc.option(nastyString),
    PersonFullName: fc.option(nastyString),
    IsAlldayEvent: fc.option(fc.boolean()),
    AllDay: fc.option(fc.boolean()),
    IsBooking: fc.option(fc.boolean()),
    IsRecurrence: fc.option(fc.boolean()),
    InvitationStatus: fc.option(
      fc.oneof(fc.constantFrom('Unknown', 'None', 'Accepted', 'Hidden', 'Invitation', 'Moved', 'Seen', 'MovedSeen', 'Declined', 'Cancelled', 'Tentative', 'ACCEPTED'), fc.integer({ min: -1, max: 12 }), nastyString),
    ),
    Task: fc.option(nastyString),
    Type: fc.option(fc.oneof(fc.constantFrom('BookingForChecklist', 'Booking', 'Appointment'), nastyString)),
  },
  { requiredKeys: ['AppointmentId', 'StartDate', 'EndDate'] },
);

/** A carrier whose times are certainly readable: exact instants written with Z or an offset, end ≥ start. */
const readableCarrier: fc.Arbitrary<{ carrier: Record<string, unknown>; start: number; end: number }> = fc
  .record({
    base: carrier,
    id: fc.integer({ min: 1, max: 2 ** 31 }),
    start: fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z') }).map((ms) => Math.floor(ms / 1000) * 1000),
    minutes: fc.integer({ min: 0, max: 24 * 60 * 3 }),
    offsetMinutes: fc.constantFrom(0, 60, -300, 345, 840, -720),
  })
  .map(({ base, id, start, minutes, offsetMinutes }) => {
    const end = start + minutes * 60_000;
    const write = (instant: number) => {
      const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      return offsetMinutes === 0 ? `${local}Z` : `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    };
    return { carrier: { ...base, AppointmentId: id, StartDate: write(start), EndDate: write(end) }, start, end };
  });

/** A GetMyDiary answer body: arrays of carriers (valid, mutated, garbage), any JSON, or no JSON at all. */
const diaryBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.oneof(readableCarrier.map((readable) => readable.carrier), carrier, mutated(carrier), jsonValue), { maxLength: 12 }).map((items) => JSON.stringify(items)),
  },
  { weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify(value) ?? '') },
  { weight: 1, arbitrary: fc.oneof(nastyString, fc.array(carrier, { maxLength: 3 }).map((items) => JSON.stringify(items).slice(0, -1))) },
);

/** The real SuperOfficeApi (JSON parsing, schema check, bad_response) with its network replaced by `body`. */
function diaryApi(answer: () => string): SuperOfficeApi {
  const session = { getAccessToken: async () => 'access-token', invalidateAccessToken: () => undefined } as unknown as TokenSession;
  const resolver = { apiBase: async () => 'https://online3.superoffice.com/Cust12345/api/', invalidate: () => undefined } as unknown as TenantResolver;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(answer(), { status: 200, headers: { 'content-type': 'application/json' } }));
  return new SuperOfficeApi(session, resolver, new MemoryLogger());
}

function expectWellFormed(appointment: Appointment): void {
  expect(Number.isSafeInteger(appointment.id)).toBe(true);
  expect(Number.isFinite(appointment.start) && Number.isFinite(appointment.end)).toBe(true);
  expect(appointment.end).toBeGreaterThanOrEqual(appointment.start);
  expect(Number.isNaN(new Date(appointment.start).getTime())).toBe(false);
  expect(typeof appointment.title === 'string' && appointment.title.length > 0 && appointment.title.length <= 300).toBe(true);
  for (const text of [appointment.description, appointment.location, appointment.joinVideomeetUrl]) expect(typeof text).toBe('string');
  expect(INVITATIONS.has(appointment.invitation)).toBe(true);
  expect(typeof appointment.allDay).toBe('boolean');
  expect(typeof appointment.recurring).toBe('boolean');
}

describe('GetMyDiary answers (fetchMyDiary through the real SuperOfficeApi)', () => {
  afterEach(() => vi.restoreAllMocks());
  const range = { from: Date.parse('2026-11-23T00:00:00Z'), to: Date.parse('2026-11-25T00:00:00Z') };

  it('returns well-formed appointments or throws bad_response, for any answer', async () => {
    let body = '';
    const api = diaryApi(() => body);
    const seen = { refused: 0, appointments: 0 };
    await fc.assert(
      fc.asyncProperty(diaryBody, fc.constantFrom(...TIME_ZONES), async (generated, timeZone) => {
        body = generated;
        let appointments: Appointment[];
        try {
          appointments = await timedAsync('fetchMyDiary', () => fetchMyDiary(api, range, timeZone));
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('bad_response');
          seen.refused++;
          // Only an answer that is not a JSON array is refused as a whole.
          let parsed: unknown;
          try {
            parsed = JSON.parse(generated);
          } catch {
            return;
          }
          expect(Array.isArray(parsed)).toBe(false);
          return;
        }
        const items = JSON.parse(generated) as unknown[];
        expect(Array.isArray(items)).toBe(true);
        expect(appointments.length).toBeLessThanOrEqual(items.length);
        const ids = items.map((item) => (item && typeof item === 'object' ? (item as { AppointmentId?: unknown }).AppointmentId : undefined));
        let cursor = 0;
        seen.appointments += appointments.length;
        for (const appointment of appointments) {
          expectWellFormed(appointment);
          // In order, each from one of the answer's items.
          while (cursor < ids.length && ids[cursor] !== appointment.id) cursor++;
          expect(cursor).toBeLessThan(ids.length);
          cursor++;
        }
      }),
      { numRuns: HEAVY_RUNS, timeout: 2_000 },
    );
    // The generators reach both outcomes, often.
    expect(seen.refused).toBeGreaterThan(HEAVY_RUNS / 20);
    expect(seen.appointments).toBeGreaterThan(HEAVY_RUNS / 2);
  });

  it('keeps every readable appointment, at its exact instants, whatever garbage surrounds it', async () => {
    let body = '';
    const api = diaryApi(() => body);
    const item = fc.oneof(
      readableCarrier.map((readable) => ({ readable })),
      fc.oneof(mutated(carrier), jsonValue).map((garbage) => ({ garbage })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 10 }), fc.constantFrom(...TIME_ZONES), async (items, timeZone) => {
        body = JSON.stringify(items.map((entry) => ('readable' in entry ? entry.readable.carrier : entry.garbage)));
        const appointments = await fetchMyDiary(api, range, timeZone);
        for (const entry of items) {
          if (!('readable' in entry)) continue;
          const { carrier: sent, start, end } = entry.readable;
          // A zero-length appointment is shown as one minute long.
          const expected = { id: sent.AppointmentId, start, end: end === start ? start + 60_000 : end };
          const found = appointments.some((a) => a.id === expected.id && a.start === expected.start && a.end === expected.end);
          expect(found, `${JSON.stringify(sent)} → ${JSON.stringify(expected)}`).toBe(true);
        }
      }),
      { numRuns: HEAVY_RUNS, timeout: 2_000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// id_token claims

const CLAIM = 'http://schemes.superoffice.net/identity/';
const validClaims: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    sub: fc.string({ minLength: 1 }),
    [`${CLAIM}ctx`]: fc.constantFrom('Cust12345', 'cust1', 'Dev42'),
    [`${CLAIM}associateid`]: fc.oneof(fc.nat().map(String), fc.nat(), fc.constantFrom('0', '007', '9'.repeat(17), '1'.repeat(400), 1.5, -1, '-1', ' 5', '5 ')),
    [`${CLAIM}webapi_url`]: fc.oneof(fc.webUrl(), fc.constantFrom('https://online3.superoffice.com/Cust12345/api/', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url')),
    [`${CLAIM}email`]: fc.oneof(fc.emailAddress(), nastyString),
    [`${CLAIM}is_administrator`]: fc.oneof(fc.boolean(), fc.constantFrom('True', 'true', 'false', 'TRUE', 'yes', '1', '')),
  },
  { requiredKeys: ['sub', `${CLAIM}ctx`, `${CLAIM}associateid`, `${CLAIM}webapi_url`] },
);

describe('SuperOffice id_token claims (readSuperOfficeClaims)', () => {
  it('returns well-formed claims or throws id_token_invalid (tenant_missing when the ctx claim is the problem), for any payload', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(validClaims, mutated(validClaims), jsonValue), (payload) => {
        let claims: ReturnType<typeof readSuperOfficeClaims>;
        try {
          claims = timed('readSuperOfficeClaims', () => readSuperOfficeClaims(payload));
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(['id_token_invalid', 'tenant_missing']).toContain((error as AppError).code);
          return;
        }
        accepted++;
        expect(claims.subject.length).toBeGreaterThan(0);
        expect(claims.context).toMatch(/^[A-Za-z]+\d+$/);
        // Used in the keychain account and the settings record (z.number().int()): a safe integer.
        expect(Number.isSafeInteger(claims.associateId), `associateId ${claims.associateId}`).toBe(true);
        expect(typeof claims.webApiUrl).toBe('string');
        expect(typeof claims.isAdministrator).toBe('boolean');
        if ('email' in claims) expect(typeof claims.email === 'string' && claims.email.length > 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });
});

// ---------------------------------------------------------------------------------------------------
// Tenant state API

/** A usable answer for either authority (the real one or the sandbox): Running, with a host of that kind. */
const usableState: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    ContextIdentifier: fc.constant('Cust12345'),
    Endpoint: fc.constantFrom('https://online3.superoffice.com/Cust12345', 'https://sod2.superoffice.com/Cust12345/', 'http://127.0.0.1:8080/Cust12345'),
    State: fc.constantFrom('Running', 'OnlineMaintenance'),
    IsRunning: fc.constant(true),
    ValidUntil: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    Api: fc.constantFrom('https://online3.superoffice.com/Cust12345/api', 'http://127.0.0.1:8080/Cust12345/api/', ''),
  },
  { requiredKeys: ['ContextIdentifier', 'Endpoint', 'State', 'IsRunning'] },
);

const stateBody: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    ContextIdentifier: fc.constantFrom('Cust12345', ''),
    Endpoint: fc.oneof(
      fc.constantFrom('https://online3.superoffice.com/Cust12345', 'https://sod2.superoffice.com/Cust12345/', 'http://127.0.0.1:8080/Cust12345', 'https://evil.example/Cust12345', 'https://superoffice.com.evil.example/', 'https://online3.superoffice.com@evil.example/', 'javascript:alert(1)//.superoffice.com', 'https://x.superoffice.com\\@evil.example'),
      fc.webUrl(),
      nastyString,
    ),
    State: fc.oneof(fc.constantFrom('Running', 'OnlineMaintenance', 'Offline', 'Running\u0000<b>'), nastyString),
    IsRunning: fc.boolean(),
    ValidUntil: fc.oneof(fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())), nastyString),
    Api: fc.oneof(fc.constantFrom('https://online3.superoffice.com/Cust12345/api', '', 'http://online3.superoffice.com/api', 'https://online3.superoffice.com.evil.example/api'), fc.webUrl(), nastyString),
  },
  { requiredKeys: ['ContextIdentifier', 'Endpoint', 'State', 'IsRunning'] },
);

describe('tenant state API answers (TenantResolver over a real local HTTP server)', () => {
  let server: Server;
  let answer = { status: 200, body: '' };
  let stateUrl = '';
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stateUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/state/Cust12345`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const body = fc.oneof(
    { weight: 4, arbitrary: fc.oneof(usableState, mutated(usableState), stateBody, mutated(stateBody)).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: nastyString },
  );
  const status = fc.oneof({ weight: 8, arbitrary: fc.constant(200) }, { weight: 1, arbitrary: fc.constantFrom(201, 204, 301, 400, 404, 421, 429, 500, 503) });

  it.each([
    ['a real environment', 'https://online.superoffice.com'],
    ['the sandbox', 'http://127.0.0.1:41234'],
  ])('resolves only to a trusted API host, or fails with a known code (%s)', async (_name, authority) => {
    let resolved = 0;
    await fc.assert(
      fc.asyncProperty(body, status, async (generatedBody, generatedStatus) => {
        answer = { status: generatedStatus, body: generatedBody };
        const resolver = new TenantResolver({ stateUrl, authority, clock: new FakeClock(), logger: new MemoryLogger() });
        let apiBase: string;
        try {
          apiBase = await timedAsync('TenantResolver.apiBase', () => resolver.apiBase(), 1_500);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(['bad_response', 'tenant_unavailable', 'server_error']).toContain((error as AppError).code);
          // The message may quote the state, but never raw markup or control characters from the answer.
          expect((error as AppError).message).not.toMatch(/[\u0000-\u001f<>]/);
          expect((error as AppError).message.length).toBeLessThan(200);
          return;
        }
        resolved++;
        expect(generatedStatus >= 200 && generatedStatus < 300).toBe(true);
        expect(apiBase.endsWith('/')).toBe(true);
        const url = new URL(apiBase);
        if (authority.startsWith('https:')) {
          expect(url.protocol).toBe('https:');
          expect(url.hostname === 'superoffice.com' || url.hostname.endsWith('.superoffice.com'), apiBase).toBe(true);
        } else {
          expect(url.protocol).toBe('http:');
          expect(url.hostname).toBe('127.0.0.1');
        }
        // What REST calls are then made to stays on that host.
        expect(new URL('v1/Agents/Appointment/GetMyDiary', apiBase).host).toBe(url.host);
      }),
      { numRuns: HEAVY_RUNS, timeout: 2_000 },
    );
    expect(resolved).toBeGreaterThan(50);
  });
});

// ---------------------------------------------------------------------------------------------------
// Keychain entries

describe('stored grants (parseGrant)', () => {
  const entry = fc.oneof(
    fc.record({ token: fc.string({ minLength: 1 }), at: fc.date({ noInvalidDate: true }) }).map(({ token, at }) => serializeGrant(token, at)),
    mutated(fc.record({ v: fc.constant(1), refreshToken: fc.string({ minLength: 1 }), obtainedAt: fc.string() })).map((value) => JSON.stringify(value)),
    jsonValue.map((value) => JSON.stringify(value) ?? ''),
    nastyString,
  );

  it('returns null or a valid grant for any keychain text, and reads back what it wrote', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.option(entry), (secret) => {
        const grant = timed('parseGrant', () => parseGrant(secret));
        if (grant === null) return;
        valid++;
        expect(grant.v).toBe(1);
        expect(typeof grant.refreshToken === 'string' && grant.refreshToken.length > 0).toBe(true);
        expect(typeof grant.obtainedAt).toBe('string');
        expect(Object.keys(grant).sort()).toEqual(['obtainedAt', 'refreshToken', 'v']);
      }),
      { numRuns: RUNS },
    );
    expect(valid).toBeGreaterThan(RUNS / 10);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.date({ noInvalidDate: true }), (token, at) => {
        expect(parseGrant(serializeGrant(token, at))).toEqual({ v: 1, refreshToken: token, obtainedAt: at.toISOString() });
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Settings file

const providerRecord = fc.record({ endpoint: fc.webUrl(), keychainAccount: fc.string({ minLength: 1 }), accountId: fc.string(), displayName: nastyString, connectedSince: fc.string() });
const settingsDocument: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 0.5, 1e308), fc.string()),
    tenant: fc.record({ environment: fc.constantFrom('sod', 'online', 'qaonline', 'prod'), clientId: fc.string(), clientSecret: fc.string() }),
    connections: fc.record({
      superoffice: fc.record({ authority: fc.webUrl(), keychainAccount: fc.string({ minLength: 1 }), tenant: fc.string({ minLength: 1 }), associateId: fc.integer(), displayName: nastyString, isAdministrator: fc.boolean(), connectedSince: fc.string() }),
    }),
    superoffice: fc.jsonValue({ maxDepth: 1 }),
    video: fc.record({
      activeProvider: fc.constantFrom('zoom', 'google', 'teams', 'webex', 'jitsi', 'skype'),
      providers: fc.record({ zoom: providerRecord, teams: providerRecord }, { requiredKeys: [] }),
      passcodes: fc.record({ zoom: fc.string({ maxLength: 70 }), webex: fc.string() }, { requiredKeys: [] }),
    }),
    preferences: fc.record({
      reminderMinutes: fc.constantFrom(0, 1, 2, 3, 5, 10),
      horizonDays: fc.integer({ min: -1, max: 20 }),
      invitations: fc.record({ tentative: fc.constantFrom('show', 'dim', 'hide', 'x'), notAnswered: fc.constantFrom('show', 'dim'), declined: fc.constantFrom('hide') }),
      openInApp: fc.record({ zoom: fc.boolean(), teams: fc.boolean() }),
      googleAccount: fc.oneof(fc.constant(''), fc.emailAddress(), nastyString),
      joinShortcut: fc.constantFrom('', 'CommandOrControl+Alt+J', 'Alt+', 'Ctrl+Shift+F24'),
    }),
    reminded: fc.array(fc.string({ maxLength: 90 }), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);

describe('the settings file (SettingsService.load over the real conf store)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vmt-hostile-settings-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const fileText = fc.oneof(
    { weight: 3, arbitrary: fc.oneof(settingsDocument, mutated(settingsDocument)).map((doc) => JSON.stringify(doc)) },
    { weight: 1, arbitrary: jsonValue.map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: fc.oneof(nastyString, settingsDocument.map((doc) => JSON.stringify(doc).slice(0, -1))) },
  );

  it('never throws, always yields valid settings, and moves a file it cannot use aside untouched', () => {
    const file = join(dir, 'config.json');
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(fileText, (text) => {
        for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
        writeFileSync(file, text);
        const service = new SettingsService(new ConfSettingsStore(dir), new MemoryLogger());
        const settings = timed('SettingsService.load', () => service.load(), 3_000);
        outcomes.add(service.outcome.kind);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
        const backups = readdirSync(dir).filter((name) => name.endsWith('.bak'));
        if (service.outcome.kind === 'reset') {
          expect(backups).toHaveLength(1);
          expect(readFileSync(join(dir, backups[0]!)).equals(Buffer.from(text))).toBe(true);
        } else {
          expect(backups).toEqual([]);
        }
        // What is on disk afterwards is readable again and loads to the same settings.
        if (existsSync(file)) {
          const again = new SettingsService(new ConfSettingsStore(dir), new MemoryLogger());
          expect(again.load()).toEqual(settings);
          expect(again.outcome.kind).toBe('ok');
        }
      }),
      { numRuns: HEAVY_RUNS },
    );
    expect([...outcomes].sort()).toEqual(['migrated', 'ok', 'reset']);
  });
});
