import { startSandbox, type Sandbox } from '../../../main/sandbox/server.js';
import { signInForTokens } from '../support/oauth.js';

/** Monday 23 November 2026, 10:20 in Oslo: the diary clock most diary tests run at. */
export const NOW = '2026-11-23T10:20:00+01:00';

/** The carrier fields the tests read (the wire shape of SuperOffice's Appointment carrier). */
export interface AppointmentCarrier {
  AppointmentId: number;
  StartDate: string;
  EndDate: string;
  Type: string;
  Task: string;
  AssociateFullName: string;
  ContactName: string;
  Description: string;
  PersonFullName: string;
  PersonId: number;
  ContactId: number;
  AssociateId: number;
  IsFree: boolean;
  HasAlarm: boolean;
  IsAlldayEvent: boolean;
  Private: string;
  TaskType: string;
  IsBookingMain: boolean;
  IsRecurrence: boolean;
  IsBooking: boolean;
  ActiveDate: string;
  InvitationStatus: string;
  BookingType: string;
  Completed: string;
  RecurringPattern: string;
  RecurringStartDate: string;
  RecurringEndDate: string;
  MotherId: number;
  RejectReason: string;
  Location: string;
  AlarmLeadTime: string;
  CreatedDate: string;
  CreatedByAssociateId: number;
  JoinVideomeetUrl: string;
  Title: string;
  Agenda: string;
  [field: string]: unknown;
}

export interface DiaryFixture {
  sandbox: Sandbox;
  tokens: { alice: string; bob: string; admin: string };
}

/** A sandbox with the diary clock at NOW and access tokens for alice, bob and admin. */
export async function startDiaryFixture(): Promise<DiaryFixture> {
  const sandbox = await startSandbox();
  sandbox.superoffice.switches.diaryNow = NOW;
  const so = sandbox.superoffice;
  const [alice, bob, admin] = await Promise.all(
    ['alice@example.com', 'bob@example.com', 'admin@example.com'].map(async (username) => (await signInForTokens(so, { username })).access_token),
  );
  return { sandbox, tokens: { alice: alice ?? '', bob: bob ?? '', admin: admin ?? '' } };
}

export interface CallOptions {
  token?: string | undefined;
  headers?: Record<string, string>;
  /** The tenant root to call, default the tenant's current endpoint. */
  base?: string;
  query?: string;
}

/** POSTs GetMyDiary with `body` (an object is sent as JSON; a string as is). */
export function postMyDiary(fixture: DiaryFixture, body: unknown, options: CallOptions = {}): Promise<Response> {
  const base = options.base ?? fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  return fetch(`${base}/api/v1/Agents/Appointment/GetMyDiary${options.query ?? ''}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** GetMyDiary as alice (unless another token is given), expecting 200 and an array. */
export async function myDiary(fixture: DiaryFixture, body: unknown, options: CallOptions = {}): Promise<AppointmentCarrier[]> {
  const response = await postMyDiary(fixture, body, { token: fixture.tokens.alice, ...options });
  if (response.status !== 200) throw new Error(`GetMyDiary answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as AppointmentCarrier[];
}

/** The eight days from D (23 Nov 2026) to D+7, base zone, as GetMyDiary input. */
export const WEEK = { StartTime: '2026-11-23T00:00:00', EndTime: '2026-12-01T00:00:00', Count: 1000 };

export function getAppointment(fixture: DiaryFixture, id: number | string, options: CallOptions = {}): Promise<Response> {
  const base = options.base ?? fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = 'token' in options ? options.token : fixture.tokens.alice;
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  return fetch(`${base}/api/v1/Appointment/${id}${options.query ?? ''}`, { headers });
}

export function byTitle(rows: AppointmentCarrier[], title: string | RegExp): AppointmentCarrier {
  const found = rows.find((row) => (typeof title === 'string' ? row.Title === title : title.test(row.Title)));
  if (found === undefined) throw new Error(`no appointment titled ${String(title)} in ${rows.map((row) => row.Title).join(' | ')}`);
  return found;
}

export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
