import type { DeviceAddress, KeyAddress } from './foreign-system-store.js';

/**
 * Reads the JSON bodies of the ForeignSystem agent calls. REST agent bodies are objects whose properties are
 * the SOAP parameters in PascalCase (docs/en/api/reference/restful/agent/ForeignSystem_Agent/*.md); names match
 * case-insensitively and unknown properties are ignored, as ASP.NET model binding does. A missing or null
 * string is '' and a missing or null RecordId is 0 (what a .NET client sends for unset parameters).
 */

/**
 * Column sizes from the database reference (docs/en/database/tables/foreignapp.md, foreigndevice.md,
 * foreignkey.md): foreignapp.name String(254), foreigndevice.name String(31), foreigndevice.device_id
 * String(239), foreignkey.subkey and subvalue String(239). Longer input is refused with 400 (sandbox rule: the
 * docs do not say whether SuperOffice refuses, truncates or chains long values over seqno rows).
 */
export const FOREIGN_SYSTEM_LIMITS = { application: 254, deviceName: 31, deviceIdentifier: 239, key: 239, value: 239 } as const;

/**
 * Table names the sandbox accepts (lower-cased): the entities the foreign key docs list
 * (docs/api/netserver/foreign-keys/index.md) and '' for a key bound to no table.
 */
export const FOREIGN_KEY_TABLES: ReadonlyArray<string> = ['', 'associate', 'contact', 'person', 'project', 'sale', 'appointment', 'document'];

const MAX_INT32 = 2_147_483_647;

type Json = Record<string, unknown>;

/** Collects every problem of one body, so a 400 names them all. */
class Reader {
  readonly errors: string[] = [];

  constructor(private readonly source: Json) {}

  #value(name: string): unknown {
    const wanted = name.toLowerCase();
    return Object.entries(this.source).find(([key]) => key.toLowerCase() === wanted)?.[1];
  }

  /** A string parameter; '' when missing or null. */
  string(name: string, max: number, label = name): string {
    const value = this.#value(name);
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      this.errors.push(`${label} must be a string`);
      return '';
    }
    if (value.length > max) this.errors.push(`${label} is too long: ${value.length} characters, at most ${max}`);
    return value;
  }

  /** A string parameter that must not be blank. */
  required(name: string, max: number): string {
    const value = this.string(name, max);
    if (value.trim() === '' && !this.errors.some((error) => error.startsWith(`${name} `))) this.errors.push(`${name} is required`);
    return value;
  }

  /** A table name, lower-cased; '' when missing. */
  table(name: string, label = name): string {
    const value = this.string(name, 64, label).trim().toLowerCase();
    if (!FOREIGN_KEY_TABLES.includes(value)) {
      this.errors.push(`${label} '${value}' is not a table the sandbox knows (${FOREIGN_KEY_TABLES.filter((table) => table !== '').join(', ')}, or '' for none)`);
      return '';
    }
    return value;
  }

  /** An int32 record id, 0 or more; 0 when missing or null. */
  recordId(name: string, label = name): number {
    const value = this.#value(name);
    if (value === undefined || value === null) return 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_INT32) {
      this.errors.push(`${label} must be an integer from 0 to ${MAX_INT32}`);
      return 0;
    }
    return value;
  }

  /** A nested carrier object (ForeignKey); undefined, with an error, when missing or not an object. */
  carrier(name: string): Reader | undefined {
    const value = this.#value(name);
    if (!isObject(value)) {
      this.errors.push(`${name} is required (a ForeignKey carrier: {"Key", "Value", "TableName", "RecordId"})`);
      return undefined;
    }
    return new Reader(value);
  }

  /** Documented for tableName: "If the table name was blank, then this parameter [recordId] must be 0". */
  checkBinding(tableName: string, recordId: number, prefix = ''): void {
    if (tableName === '' && recordId !== 0) this.errors.push(`${prefix}RecordId must be 0 when ${prefix}TableName is blank`);
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type Parsed<T> = T | { error: string };

function read<T>(body: unknown, expected: string, parse: (reader: Reader) => T): Parsed<T> {
  if (!isObject(body)) return { error: `The request body must be a JSON object with ${expected}` };
  const reader = new Reader(body);
  const result = parse(reader);
  return reader.errors.length > 0 ? { error: reader.errors.join('; ') } : result;
}

function device(reader: Reader): DeviceAddress {
  return {
    application: reader.required('ApplicationName', FOREIGN_SYSTEM_LIMITS.application),
    deviceName: reader.string('DeviceName', FOREIGN_SYSTEM_LIMITS.deviceName),
    deviceIdentifier: reader.string('DeviceIdentifier', FOREIGN_SYSTEM_LIMITS.deviceIdentifier),
  };
}

/** `{"ApplicationName"}` (GetApplicationKeys, GetAppByName). */
export function parseApplicationRequest(body: unknown): Parsed<{ application: string }> {
  return read(body, 'ApplicationName', (reader) => ({ application: reader.required('ApplicationName', FOREIGN_SYSTEM_LIMITS.application) }));
}

/** `{"ApplicationName", "DeviceName", "DeviceIdentifier"}` (GetDeviceKeysOnDeviceIdentifier, GetDeviceByIdentifier, AddDeviceByIdentifier). */
export function parseDeviceRequest(body: unknown): Parsed<DeviceAddress> {
  return read(body, 'ApplicationName, DeviceName and DeviceIdentifier', device);
}

/** `{"ForeignKey": {"Key", "Value", "TableName", "RecordId"}, "ApplicationName", "DeviceName", "DeviceIdentifier"}` (SaveForeignKey). */
export function parseSaveRequest(body: unknown): Parsed<{ address: KeyAddress; value: string }> {
  return read(body, 'ForeignKey, ApplicationName, DeviceName and DeviceIdentifier', (reader) => {
    const where = device(reader);
    const carrier = reader.carrier('ForeignKey');
    if (carrier === undefined) return { address: { ...where, key: '', tableName: '', recordId: 0 }, value: '' };
    const key = carrier.string('Key', FOREIGN_SYSTEM_LIMITS.key, 'ForeignKey.Key');
    const value = carrier.string('Value', FOREIGN_SYSTEM_LIMITS.value, 'ForeignKey.Value');
    const tableName = carrier.table('TableName', 'ForeignKey.TableName');
    const recordId = carrier.recordId('RecordId', 'ForeignKey.RecordId');
    carrier.checkBinding(tableName, recordId, 'ForeignKey.');
    reader.errors.push(...carrier.errors);
    return { address: { ...where, key, tableName, recordId }, value };
  });
}

/** `{"ApplicationName", "DeviceName", "DeviceIdentifier", "KeyName", "TableName", "RecordId"}` (DeleteForeignKeyOnName). */
export function parseKeyRequest(body: unknown): Parsed<KeyAddress> {
  return read(body, 'ApplicationName, DeviceName, DeviceIdentifier, KeyName, TableName and RecordId', (reader) => {
    const where = device(reader);
    const key = reader.string('KeyName', FOREIGN_SYSTEM_LIMITS.key);
    const tableName = reader.table('TableName');
    const recordId = reader.recordId('RecordId');
    reader.checkBinding(tableName, recordId);
    return { ...where, key, tableName, recordId };
  });
}

/**
 * The ForeignAppEntity carrier as SaveForeignAppEntity's body: `ForeignAppId` (0 or missing = a new
 * application) and `Name` (required); the other fields (dates, CreatedBy, UpdatedBy, Devices) are ignored,
 * as the server sets them.
 */
export function parseAppEntityRequest(body: unknown): Parsed<{ foreignAppId: number; name: string }> {
  return read(body, 'the ForeignAppEntity carrier ("ForeignAppId", "Name")', (reader) => ({
    foreignAppId: reader.recordId('ForeignAppId'),
    name: reader.required('Name', FOREIGN_SYSTEM_LIMITS.application),
  }));
}
