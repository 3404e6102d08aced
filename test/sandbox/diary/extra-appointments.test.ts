import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveJoinLink } from '../../../main/links/resolve-join-link.js';
import { getAppointment, myDiary, NOW, startDiaryFixture, type DiaryFixture } from './support.js';

let fixture: DiaryFixture;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(() => fixture.sandbox.close());
afterEach(() => {
  delete fixture.sandbox.superoffice.switches.diaryExtraPerDay;
  fixture.sandbox.superoffice.switches.diaryNow = NOW;
});

/** Monday 23 November 2026 (D) and Tuesday (D+1), base zone. */
const TWO_DAYS = { StartTime: '2026-11-23T00:00:00', EndTime: '2026-11-25T00:00:00', Count: 1000 };

const patch = (body: unknown) =>
  fetch(`${fixture.sandbox.superoffice.authority}/__sandbox/switches`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the diaryExtraPerDay switch (a big diary for benchmarks)', () => {
  it('adds N appointments per day to each user’s diary, between 07:00 and 19:00, and unset means none', async () => {
    const plain = await myDiary(fixture, TWO_DAYS);
    fixture.sandbox.superoffice.switches.diaryExtraPerDay = 40;
    const big = await myDiary(fixture, TWO_DAYS);
    expect(big.length).toBe(plain.length + 80);
    const extra = big.filter((row) => !plain.some((p) => p.AppointmentId === row.AppointmentId));
    expect(extra).toHaveLength(80);
    expect(new Set(big.map((row) => row.AppointmentId)).size).toBe(big.length);
    for (const row of extra) {
      expect(row.StartDate >= `${row.StartDate.slice(0, 10)}T07:00:00`).toBe(true);
      expect(row.EndDate <= `${row.StartDate.slice(0, 10)}T19:00:00`).toBe(true);
      expect(row.AssociateFullName).toBe('Alice Andersen');
    }
    // Bob's diary grows too, with rows of its own.
    const bob = await myDiary(fixture, TWO_DAYS, { token: fixture.tokens.bob });
    expect(bob.filter((row) => String(row.AppointmentId).length > 6).every((row) => !extra.some((e) => e.AppointmentId === row.AppointmentId))).toBe(true);
    delete fixture.sandbox.superoffice.switches.diaryExtraPerDay;
    expect(await myDiary(fixture, TWO_DAYS)).toEqual(plain);
  });

  it('gives realistic ~1 kB invite texts: most carry a meeting link the resolver finds, some have none', async () => {
    fixture.sandbox.superoffice.switches.diaryExtraPerDay = 12;
    const extra = (await myDiary(fixture, TWO_DAYS)).filter((row) => String(row.AppointmentId).length > 6);
    const services = new Map<string, number>();
    let withoutLink = 0;
    for (const row of extra) {
      const decision = resolveJoinLink({ joinVideomeetUrl: row.JoinVideomeetUrl, location: row.Location, description: row.Description });
      if (decision.service) services.set(decision.service, (services.get(decision.service) ?? 0) + 1);
      else withoutLink++;
    }
    expect([...services.keys()].sort()).toEqual(['google-meet', 'superoffice', 'teams', 'webex', 'zoom']);
    expect(withoutLink).toBe(extra.length / 6);
    const average = extra.reduce((sum, row) => sum + row.Description.length, 0) / extra.length;
    expect(average).toBeGreaterThan(600);
    expect(average).toBeLessThan(1600);
  });

  it('is deterministic, and GET v1/Appointment/{id} knows the extra rows', async () => {
    fixture.sandbox.superoffice.switches.diaryExtraPerDay = 5;
    const first = await myDiary(fixture, TWO_DAYS);
    fixture.sandbox.superoffice.switches.diaryExtraPerDay = 0;
    await myDiary(fixture, TWO_DAYS);
    fixture.sandbox.superoffice.switches.diaryExtraPerDay = 5;
    expect(await myDiary(fixture, TWO_DAYS)).toEqual(first);
    const extra = first.find((row) => String(row.AppointmentId).length > 6)!;
    const response = await getAppointment(fixture, extra.AppointmentId);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { Description: string }).Description).toBe(extra.Description);
  });

  it('can be set over PATCH /__sandbox/switches (0 … 500 whole numbers)', async () => {
    expect((await patch({ diaryExtraPerDay: 3 })).status).toBe(200);
    expect(fixture.sandbox.superoffice.switches.diaryExtraPerDay).toBe(3);
    for (const bad of [-1, 501, 2.5, '10']) expect((await patch({ diaryExtraPerDay: bad })).status).toBe(400);
    expect(fixture.sandbox.superoffice.switches.diaryExtraPerDay).toBe(3);
  });
});
