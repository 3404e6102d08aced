import { SANDBOX_ACCOUNTS } from '../accounts.js';
import type { Carrier } from '../diary/carriers.js';
import { formatWireUtc, type WireTime } from '../diary/time-zones.js';
import type { ForeignAppRow, ForeignDeviceRow, PlacedKey } from './foreign-system-store.js';

/**
 * The ForeignSystem agent's carriers as the WebAPI sends them, every documented field in the documented order:
 * ForeignKey from docs/en/api/reference/restful/agent/ForeignSystem_Agent/v1ForeignSystemAgent_SaveForeignKey.md
 * (also GetDeviceKeysOnDeviceIdentifier, GetApplicationKeys), ForeignDevice from
 * v1ForeignSystemAgent_GetDeviceByIdentifier.md and v1ForeignSystemAgent_AddDeviceByIdentifier.md, and
 * ForeignAppEntity from v1ForeignSystemAgent_GetAppByName.md, CreateDefaultForeignAppEntity.md and
 * SaveForeignAppEntity.md. The ForeignKey carrier has no id and no device or application
 * fields: a key is addressed by application, device, key name, table and record. CreatedDate and UpdatedDate
 * are "in UTC" (written like the diary's CreatedDate: `Z` only with SO-TimeZone includeTZOffset); CreatedBy and
 * UpdatedBy are strings, the associate's logon name as in the Appointment carrier. ForeignAppEntity's CreatedBy and
 * UpdatedBy are Associate carriers that every sample of the reference shows as null; the sandbox sends null too.
 */

/** The associate's logon name (e.g. 'ALICE'), or '' for an associate the sandbox does not know. */
function logonName(ctx: string, associateId: number): string {
  return account(ctx, associateId)?.associateName ?? '';
}

function account(ctx: string, associateId: number) {
  return SANDBOX_ACCOUNTS.find((candidate) => candidate.associateId === associateId && candidate.ctx.toLowerCase() === ctx.toLowerCase());
}

export function foreignKeyCarrier(ctx: string, { row }: PlacedKey, wire: WireTime): Carrier {
  return {
    Key: row.key,
    Value: row.value,
    RecordId: row.recordId,
    CreatedDate: formatWireUtc(row.created, wire),
    UpdatedDate: formatWireUtc(row.updated, wire),
    UpdatedBy: logonName(ctx, row.updatedBy),
    CreatedBy: logonName(ctx, row.createdBy),
    TableName: row.tableName,
    TableRight: null,
    FieldProperties: {},
  };
}

export function foreignDeviceCarrier(ctx: string, device: ForeignDeviceRow, app: ForeignAppRow, wire: WireTime): Carrier {
  return {
    ForeignDeviceId: device.foreignDeviceId,
    Name: device.name,
    CreatedDate: formatWireUtc(device.created, wire),
    UpdatedDate: formatWireUtc(device.updated, wire),
    AssociateFullName: account(ctx, device.ownerId)?.fullName ?? '',
    CreatedBy: logonName(ctx, device.createdBy),
    UpdatedBy: logonName(ctx, device.updatedBy),
    DeviceIdentifier: device.deviceIdentifier,
    ForeignAppId: app.foreignAppId,
    TableRight: null,
    FieldProperties: {},
  };
}

/** The ForeignAppEntity carrier; `devices` in the order they were added. */
export function foreignAppCarrier(ctx: string, app: ForeignAppRow, devices: ForeignDeviceRow[], wire: WireTime): Carrier {
  return {
    ForeignAppId: app.foreignAppId,
    Name: app.name,
    CreatedDate: formatWireUtc(app.created, wire),
    UpdatedDate: formatWireUtc(app.updated, wire),
    CreatedBy: null,
    UpdatedBy: null,
    Devices: devices.map((device) => foreignDeviceCarrier(ctx, device, app, wire)),
    TableRight: null,
    FieldProperties: {},
  };
}
