import type { DiaryFixture } from '../diary/support.js';

/** The application name the tests store their keys under (each test may add a suffix to stay apart). */
export const APP = 'Sandbox Meeting Tool';

/** Exactly the ForeignSystem agent calls the sandbox serves (the ones the app relies on). */
export type ForeignSystemCall =
  | 'GetAppByName'
  | 'CreateDefaultForeignAppEntity'
  | 'SaveForeignAppEntity'
  | 'GetDeviceByIdentifier'
  | 'AddDeviceByIdentifier'
  | 'SaveForeignKey'
  | 'GetDeviceKeysOnDeviceIdentifier'
  | 'GetApplicationKeys'
  | 'DeleteForeignKeyOnName';

export interface CallOptions {
  /** Default alice's; null sends none. */
  token?: string | null;
  contentType?: string;
  query?: string;
  headers?: Record<string, string>;
}

/** POST v1/Agents/ForeignSystem/{call}; an object body is sent as JSON, a string as is, undefined as no body. */
export function foreignSystem(fixture: DiaryFixture, call: ForeignSystemCall | string, body?: unknown, options: CallOptions = {}): Promise<Response> {
  const base = fixture.sandbox.superoffice.tenantEndpoint('Cust12345');
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = options.token === undefined ? fixture.tokens.alice : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  return fetch(`${base}/api/v1/Agents/ForeignSystem/${call}${options.query ?? ''}`, {
    method: 'POST',
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

/** The ForeignKey carrier as the WebAPI sends it. */
export interface ForeignKeyCarrier {
  Key: string;
  Value: string;
  RecordId: number;
  CreatedDate: string;
  UpdatedDate: string;
  UpdatedBy: string;
  CreatedBy: string;
  TableName: string;
  TableRight: null;
  FieldProperties: Record<string, unknown>;
}

/** The ForeignAppEntity carrier as the WebAPI sends it. */
export interface ForeignAppCarrier {
  ForeignAppId: number;
  Name: string;
  CreatedDate: string;
  UpdatedDate: string;
  CreatedBy: null;
  UpdatedBy: null;
  Devices: ForeignDeviceCarrier[];
  TableRight: null;
  FieldProperties: Record<string, unknown>;
}

/** The ForeignDevice carrier as the WebAPI sends it. */
export interface ForeignDeviceCarrier {
  ForeignDeviceId: number;
  Name: string;
  CreatedDate: string;
  UpdatedDate: string;
  AssociateFullName: string;
  CreatedBy: string;
  UpdatedBy: string;
  DeviceIdentifier: string;
  ForeignAppId: number;
  TableRight: null;
  FieldProperties: Record<string, unknown>;
}

export interface Device {
  ApplicationName: string;
  DeviceName: string;
  DeviceIdentifier: string;
}

/** A device of APP: one app installation. */
export function device(identifier: string, application = APP, name = 'desktop'): Device {
  return { ApplicationName: application, DeviceName: name, DeviceIdentifier: identifier };
}

/** A SaveForeignKey body: the key bound to the associate's own record. */
export function saveBody(where: Device, associateId: number, key: string, value: string): Record<string, unknown> {
  return { ForeignKey: { Key: key, Value: value, TableName: 'associate', RecordId: associateId }, ...where };
}

/** A DeleteForeignKeyOnName body. */
export function keyBody(where: Device, associateId: number, key: string): Record<string, unknown> {
  return { ...where, KeyName: key, TableName: 'associate', RecordId: associateId };
}

async function expectOk<T>(response: Response, call: string): Promise<T> {
  if (response.status !== 200) throw new Error(`${call} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function saveKey(fixture: DiaryFixture, body: unknown, token?: string): Promise<ForeignKeyCarrier> {
  return expectOk(await foreignSystem(fixture, 'SaveForeignKey', body, token === undefined ? {} : { token }), 'SaveForeignKey');
}

export async function deviceKeys(fixture: DiaryFixture, where: Device, token?: string): Promise<ForeignKeyCarrier[]> {
  return expectOk(await foreignSystem(fixture, 'GetDeviceKeysOnDeviceIdentifier', where, token === undefined ? {} : { token }), 'GetDeviceKeysOnDeviceIdentifier');
}

export async function applicationKeys(fixture: DiaryFixture, application: string): Promise<ForeignKeyCarrier[]> {
  return expectOk(await foreignSystem(fixture, 'GetApplicationKeys', { ApplicationName: application }, { token: fixture.tokens.admin }), 'GetApplicationKeys');
}

/** The application (GetAppByName), or null when there is none. */
export async function appByName(fixture: DiaryFixture, application: string, token?: string): Promise<ForeignAppCarrier | null> {
  return expectOk(await foreignSystem(fixture, 'GetAppByName', { ApplicationName: application }, token === undefined ? {} : { token }), 'GetAppByName');
}

/**
 * Makes the device's application and the device exist as the app does: GetAppByName, and when it is null
 * CreateDefaultForeignAppEntity + SaveForeignAppEntity; then AddDeviceByIdentifier unless GetDeviceByIdentifier finds it.
 */
export async function registerDevice(fixture: DiaryFixture, where: Device, token?: string): Promise<ForeignDeviceCarrier> {
  const options = token === undefined ? {} : { token };
  if ((await appByName(fixture, where.ApplicationName, token)) === null) {
    const blank = await expectOk<ForeignAppCarrier>(await foreignSystem(fixture, 'CreateDefaultForeignAppEntity', undefined, options), 'CreateDefaultForeignAppEntity');
    await expectOk(await foreignSystem(fixture, 'SaveForeignAppEntity', { ...blank, Name: where.ApplicationName }, options), 'SaveForeignAppEntity');
  }
  const found = await expectOk<ForeignDeviceCarrier | null>(await foreignSystem(fixture, 'GetDeviceByIdentifier', where, options), 'GetDeviceByIdentifier');
  return found ?? expectOk(await foreignSystem(fixture, 'AddDeviceByIdentifier', where, options), 'AddDeviceByIdentifier');
}
