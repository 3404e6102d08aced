import type { DiaryFixture } from '../diary/support.js';

export type AgentCall = 'GetVideoMeetingConnectedState' | 'CreateVideoMeetingReservation' | 'DeleteVideoMeetingReservation';

export interface AgentOptions {
  /** Default alice's; null sends none. */
  token?: string | null;
  contentType?: string;
  query?: string;
}

/** POST v1/Agents/Appointment/{call}; an object body is sent as JSON, a string as is, undefined as no body. */
export function agent(fixture: DiaryFixture, call: AgentCall | string, body?: unknown, options: AgentOptions = {}): Promise<Response> {
  const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = options.token === undefined ? fixture.tokens.alice : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  return fetch(`${base}/api/v1/Agents/Appointment/${call}${options.query ?? ''}`, {
    method: 'POST',
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

export interface ConnectedState {
  IsConnected: boolean;
  ProviderId: string;
  LoginUrl: string;
}

export interface Reservation {
  VideoMeetingId: string;
  VideoMeetingUrl: string;
  TableRight: null;
  FieldProperties: Record<string, unknown>;
}

export async function connectedState(fixture: DiaryFixture, token?: string): Promise<ConnectedState> {
  const response = await agent(fixture, 'GetVideoMeetingConnectedState', undefined, token === undefined ? {} : { token });
  if (response.status !== 200) throw new Error(`GetVideoMeetingConnectedState answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as ConnectedState;
}

export async function reserve(fixture: DiaryFixture, token?: string): Promise<Reservation> {
  const response = await agent(fixture, 'CreateVideoMeetingReservation', undefined, token === undefined ? {} : { token });
  if (response.status !== 200) throw new Error(`CreateVideoMeetingReservation answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Reservation;
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
