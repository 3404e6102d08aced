import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APPLIED_LATE_MS } from '../../../main/sandbox/superoffice/diary/write-switch.js';
import { startDiaryFixture, type DiaryFixture } from './support.js';
import { expectRestError, patchAppointment, patchOk, rowOf } from './patch-support.js';

let fixture: DiaryFixture;
let closed = false;
beforeAll(async () => {
  fixture = await startDiaryFixture();
});
afterAll(() => fixture.sandbox.close());
afterEach(() => {
  if (!closed) delete fixture.sandbox.superoffice.switches.appointmentWrite;
});

const VIDEO = { JoinVideomeetUrl: 'https://cust12345.meetings-sod.superoffice.com/join/5b0f3a4e-8d3c-4a8e-9f0e-2f1d6c7b8a90' };

function snapshot(id: number): unknown {
  return fixture.sandbox.superoffice.diary.get(id);
}

/** 'pending' when the promise has not settled within `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

describe('the appointmentWrite switch', () => {
  it('is unset (normal) by default and settable over PATCH /__sandbox/switches; bad values → 400', async () => {
    const so = fixture.sandbox.superoffice;
    expect(so.switches.appointmentWrite).toBeUndefined();
    const patch = (body: unknown) =>
      fetch(`${so.authority}/__sandbox/switches`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const set = await patch({ appointmentWrite: 'server_error' });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ appointmentWrite: 'server_error' });
    expect((await patch({ appointmentWrite: 'sometimes' })).status).toBe(400);
    expect((await patch({ appointmentWrite: 'normal' })).status).toBe(200);
    expect(so.switches.appointmentWrite).toBe('normal');
  });

  it("'server_error': 500 in the WebAPI error shape, nothing written; reads still work", async () => {
    const id = rowOf(fixture, 5, 'no-link');
    const before = snapshot(id);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'server_error';
    const error = await expectRestError(await patchAppointment(fixture, id, VIDEO), 500, /appointmentWrite=server_error/);
    expect(error.ErrorType).toBe('SoServerException');
    expect(snapshot(id)).toEqual(before);
    const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
    expect((await fetch(`${base}/api/v1/Appointment/${id}`, { headers: { authorization: `Bearer ${fixture.tokens.alice}` } })).status).toBe(200);
  });

  it("'hang': no answer (the client gives up after 300 ms), nothing written; the next write works once the switch is back", async () => {
    const id = rowOf(fixture, 5, 'zoom-in-location');
    const before = snapshot(id);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'hang';
    const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
    const request = fetch(`${base}/api/v1/Appointment/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${fixture.tokens.alice}`, 'content-type': 'application/json' },
      body: JSON.stringify(VIDEO),
      signal: AbortSignal.timeout(300),
    });
    await expect(request).rejects.toThrow();
    expect(snapshot(id)).toEqual(before);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'normal';
    expect((await patchOk(fixture, id, VIDEO)).JoinVideomeetUrl).toBe(VIDEO.JoinVideomeetUrl);
  });

  it("'applied_then_lost': the write is saved, then the connection is cut before any answer", async () => {
    const id = rowOf(fixture, 5, 'no-link');
    fixture.sandbox.superoffice.switches.appointmentWrite = 'applied_then_lost';
    await expect(patchAppointment(fixture, id, VIDEO)).rejects.toThrow(/fetch failed/);
    expect(fixture.sandbox.superoffice.diary.get(id)?.joinVideomeetUrl).toBe(VIDEO.JoinVideomeetUrl);
  });

  it("'bad_request': 400 (a clear refusal), nothing written", async () => {
    const id = rowOf(fixture, 5, 'no-link');
    const before = snapshot(id);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'bad_request';
    const error = await expectRestError(await patchAppointment(fixture, id, VIDEO), 400, /appointmentWrite=bad_request/);
    expect(error.ErrorType).toBe('ArgumentException');
    expect(snapshot(id)).toEqual(before);
  });

  it("'lost': the connection is cut before any answer and nothing is written, then or later", async () => {
    const id = rowOf(fixture, 5, 'no-link');
    const before = snapshot(id);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'lost';
    await expect(patchAppointment(fixture, id, VIDEO)).rejects.toThrow(/fetch failed/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(snapshot(id)).toEqual(before);
  });

  it("'applied_late': the connection is cut at once; the write is applied APPLIED_LATE_MS later", async () => {
    const id = rowOf(fixture, 5, 'no-link');
    const before = snapshot(id);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'applied_late';
    const sent = Date.now();
    await expect(patchAppointment(fixture, id, VIDEO)).rejects.toThrow(/fetch failed/);
    expect(Date.now() - sent).toBeLessThan(APPLIED_LATE_MS);
    expect(snapshot(id)).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, APPLIED_LATE_MS + 300));
    expect(fixture.sandbox.superoffice.diary.get(id)?.joinVideomeetUrl).toBe(VIDEO.JoinVideomeetUrl);
  });

  it("'hang': the request stays open until the sandbox closes, and nothing is written", async () => {
    const id = rowOf(fixture, 5, 'google-meet-in-description');
    const before = snapshot(id);
    fixture.sandbox.superoffice.switches.appointmentWrite = 'hang';
    const request = patchAppointment(fixture, id, VIDEO).then(
      (response) => response.status,
      () => 'network error' as const,
    );
    expect(await within(request, 300)).toBe('pending');
    expect(snapshot(id)).toEqual(before);
    closed = true;
    await fixture.sandbox.close();
    const outcome = await within(request, 2_000);
    expect([503, 'network error']).toContain(outcome);
    expect(snapshot(id)).toEqual(before);
  });
});
