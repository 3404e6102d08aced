import { expect } from 'vitest';
import type { DiaryFixture } from './support.js';

/** The AppointmentEntity fields the PATCH tests read. */
export interface PatchedEntity {
  AppointmentId: number;
  Title: string;
  Description: string;
  Agenda: string;
  Location: string;
  JoinVideomeetUrl: string;
  CentralserviceVideomeetId: string;
  StartDate: string;
  EndDate: string;
  HasAlarm: boolean;
  IsAlldayEvent: boolean;
  UpdatedDate: string;
  UpdatedBy: { AssociateId: number } | null;
  [field: string]: unknown;
}

export interface RestError {
  Error: string;
  ErrorType: string;
  Source: string;
}

export interface PatchOptions {
  /** Default alice's. */
  token?: string;
  /** Default application/json; null sends no Content-Type at all. */
  contentType?: string | null;
  headers?: Record<string, string>;
  query?: string;
}

/** PATCH v1/Appointment/{id}: an object or array is sent as JSON, a string as is. */
export function patchAppointment(fixture: DiaryFixture, id: number | string, body: unknown, options: PatchOptions = {}): Promise<Response> {
  const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
  const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${options.token ?? fixture.tokens.alice}`, ...options.headers };
  const type = options.contentType === undefined ? 'application/json' : options.contentType;
  if (type !== null) headers['content-type'] = type;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  // A Uint8Array body makes fetch send no Content-Type of its own.
  return fetch(`${base}/api/v1/Appointment/${id}${options.query ?? ''}`, { method: 'PATCH', headers, body: new TextEncoder().encode(text) });
}

/** PATCH expecting 200; the updated entity. */
export async function patchOk(fixture: DiaryFixture, id: number, body: unknown, options: PatchOptions = {}): Promise<PatchedEntity> {
  const response = await patchAppointment(fixture, id, body, options);
  if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as PatchedEntity;
}

/** Expects `status` with the WebAPI error body (and `message` in it when given). */
export async function expectRestError(response: Response, status: number, message?: RegExp | string): Promise<RestError> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as RestError;
  expect(body).toEqual({ Error: expect.any(String), ErrorType: expect.any(String), Source: expect.any(String) });
  if (typeof message === 'string') expect(body.Error).toBe(message);
  else if (message !== undefined) expect(body.Error).toMatch(message);
  return body;
}

/** The id of the associate's first row of a scenario in the sandbox data set. */
export function rowOf(fixture: DiaryFixture, associateId: number, scenario: string): number {
  const row = fixture.sandbox.superoffice.diary.list(associateId).find((candidate) => candidate.scenario === scenario);
  if (row === undefined) throw new Error(`associate ${associateId} has no ${scenario} row`);
  return row.appointmentId;
}
