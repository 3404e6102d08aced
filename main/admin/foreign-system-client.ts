import { z } from 'zod';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { MARKER_APPLICATION } from './marker-format.js';

const foreignKeySchema = z.object({ Key: z.string().nullish(), Value: z.string().nullish(), RecordId: z.number().int().nullish(), TableName: z.string().nullish(), UpdatedDate: z.string().nullish() });
const foreignKeysSchema = z.array(foreignKeySchema);
/** GetAppByName / GetDeviceByIdentifier: the carrier, or null when there is none (an id of 0 is none too). */
const foreignAppSchema = z.object({ ForeignAppId: z.number().int().nullish(), Name: z.string().nullish() }).passthrough().nullable();
const foreignDeviceSchema = z.object({ ForeignDeviceId: z.number().int().nullish() }).passthrough().nullable();
/** GetAppByName's ForeignAppEntity with its Devices (each a ForeignDevice with its Name and DeviceIdentifier, as stored). */
const appDevicesSchema = z.object({ Devices: z.array(z.object({ Name: z.string().nullish(), DeviceIdentifier: z.string().nullish() }).passthrough()).nullish() }).passthrough().nullable();

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
 * The ForeignSystem agent calls the app relies on (README: "Administrator's view"), each as in
 * docs/en/api/reference/restful/agent/ForeignSystem_Agent/v1ForeignSystemAgent_<call>.md: GetAppByName,
 * CreateDefaultForeignAppEntity, SaveForeignAppEntity, GetDeviceByIdentifier, AddDeviceByIdentifier (the
 * application and this installation's device, which SaveForeignKey needs to exist), SaveForeignKey,
 * GetDeviceKeysOnDeviceIdentifier, GetApplicationKeys, DeleteForeignKeyOnName (GetAppByName also gives the
 * application's devices with their exact names, for an administrator's removal request). Keys hang on the associate table
 * and the user's associate id; the device is the installation.
 */
export class ForeignSystemClient {
  constructor(private readonly api: SuperOfficeApi) {}

  /** Whether the application exists (GetAppByName; null or ForeignAppId 0 = no). */
  async hasApplication(): Promise<boolean> {
    const app = await this.api.post('v1/Agents/ForeignSystem/GetAppByName', { ApplicationName: MARKER_APPLICATION }, foreignAppSchema);
    return Boolean(app?.ForeignAppId);
  }

  /** Creates the application: CreateDefaultForeignAppEntity, then SaveForeignAppEntity with the app's name. */
  async createApplication(): Promise<void> {
    const entity = await this.api.post('v1/Agents/ForeignSystem/CreateDefaultForeignAppEntity', undefined, foreignAppSchema.unwrap());
    await this.api.post('v1/Agents/ForeignSystem/SaveForeignAppEntity', { ...entity, Name: MARKER_APPLICATION }, foreignAppSchema.unwrap());
  }

  /**
   * The devices of the application as SuperOffice stores them (GetAppByName's Devices): the exact device name
   * of each device identifier, which a ForeignKey carrier does not name. None when the application is missing.
   */
  async devices(): Promise<DeviceAddress[]> {
    const app = await this.api.post('v1/Agents/ForeignSystem/GetAppByName', { ApplicationName: MARKER_APPLICATION }, appDevicesSchema);
    return (app?.Devices ?? []).flatMap((device) => (typeof device.Name === 'string' && device.DeviceIdentifier ? [{ deviceName: device.Name, deviceIdentifier: device.DeviceIdentifier }] : []));
  }

  /** Whether this installation's device exists in the application (GetDeviceByIdentifier; null or id 0 = no). */
  async hasDevice(device: DeviceAddress): Promise<boolean> {
    const found = await this.api.post('v1/Agents/ForeignSystem/GetDeviceByIdentifier', this.deviceBody(device), foreignDeviceSchema);
    return Boolean(found?.ForeignDeviceId);
  }

  /** Adds this installation's device to the application (AddDeviceByIdentifier). */
  async addDevice(device: DeviceAddress): Promise<void> {
    await this.api.post('v1/Agents/ForeignSystem/AddDeviceByIdentifier', this.deviceBody(device), foreignDeviceSchema.unwrap());
  }

  private deviceBody(device: DeviceAddress) {
    return { ApplicationName: MARKER_APPLICATION, DeviceName: device.deviceName, DeviceIdentifier: device.deviceIdentifier };
  }

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
      this.deviceBody(device),
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
