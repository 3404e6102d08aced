import { z } from 'zod';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { MARKER_APPLICATION } from './marker-format.js';

const foreignKeySchema = z.object({ Key: z.string().nullish(), Value: z.string().nullish(), RecordId: z.number().int().nullish(), TableName: z.string().nullish(), UpdatedDate: z.string().nullish() });
const foreignKeysSchema = z.array(foreignKeySchema);

/** A device key as this app reads it. */
export interface DeviceKey {
  key: string;
  value: string;
  associateId: number;
  updated?: string;
}

/** Where this installation's keys live: the app, this device, and the signed-in associate's record. */
export interface DeviceAddress {
  deviceName: string;
  deviceIdentifier: string;
}

function toKeys(rows: z.infer<typeof foreignKeysSchema>): DeviceKey[] {
  return rows.flatMap((row) =>
    row.Key && (row.TableName ?? 'associate').toLowerCase() === 'associate' && typeof row.RecordId === 'number'
      ? [{ key: row.Key, value: row.Value ?? '', associateId: row.RecordId, ...(row.UpdatedDate ? { updated: row.UpdatedDate } : {}) }]
      : [],
  );
}

/**
 * The ForeignSystem agent calls the app relies on (README: "Administrator's view"): SaveForeignKey,
 * GetDeviceKeysOnDeviceIdentifier, GetApplicationKeys, DeleteForeignKeyOnName. Keys hang on the associate table
 * and the user's associate id; the device is the installation.
 */
export class ForeignSystemClient {
  constructor(private readonly api: SuperOfficeApi) {}

  async save(device: DeviceAddress, associateId: number, key: string, value: string): Promise<void> {
    await this.api.post(
      'v1/Agents/ForeignSystem/SaveForeignKey',
      { ForeignKey: { Key: key, Value: value, TableName: 'associate', RecordId: associateId }, ApplicationName: MARKER_APPLICATION, DeviceName: device.deviceName, DeviceIdentifier: device.deviceIdentifier },
      z.unknown(),
    );
  }

  /** This device's keys the caller may see (a user: their own). */
  async deviceKeys(device: DeviceAddress): Promise<DeviceKey[]> {
    const rows = await this.api.post(
      'v1/Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier',
      { ApplicationName: MARKER_APPLICATION, DeviceName: device.deviceName, DeviceIdentifier: device.deviceIdentifier },
      foreignKeysSchema,
    );
    return toKeys(rows);
  }

  /** Every key of the application across devices (administrators only; SuperOffice refuses others). */
  async applicationKeys(): Promise<DeviceKey[]> {
    return toKeys(await this.api.post('v1/Agents/ForeignSystem/GetApplicationKeys', { ApplicationName: MARKER_APPLICATION }, foreignKeysSchema));
  }

  async delete(device: DeviceAddress, associateId: number, key: string): Promise<void> {
    await this.api.postNoContent('v1/Agents/ForeignSystem/DeleteForeignKeyOnName', {
      ApplicationName: MARKER_APPLICATION,
      DeviceName: device.deviceName,
      DeviceIdentifier: device.deviceIdentifier,
      KeyName: key,
      TableName: 'associate',
      RecordId: associateId,
    });
  }
}
