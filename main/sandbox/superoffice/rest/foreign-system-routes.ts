import type { SandboxAccount } from '../accounts.js';
import { applySelect } from '../diary/carriers.js';
import { foreignKeyCarrier } from '../foreign-system/carriers.js';
import { parseApplicationRequest, parseDeviceRequest, parseKeyRequest, parseSaveRequest } from '../foreign-system/foreign-system-request.js';
import type { PlacedKey } from '../foreign-system/foreign-system-store.js';
import { foreignAppDeviceRoutes } from './foreign-app-device-routes.js';
import { agentRoute, type CallContext, type ForeignSystemRouteDeps } from './foreign-system-agent-route.js';
import { sendRestError } from './rest-errors.js';
import type { RestRoute } from './rest-route.js';

export type { ForeignSystemRouteDeps } from './foreign-system-agent-route.js';

/**
 * Exactly the ForeignSystem agent calls the app relies on (README, "Administrator's view"), each
 * `POST v1/Agents/ForeignSystem/{method}` as in docs/en/api/reference/restful/agent/ForeignSystem_Agent/
 * v1ForeignSystemAgent_{method}.md: the application and the device (GetAppByName, CreateDefaultForeignAppEntity,
 * SaveForeignAppEntity, GetDeviceByIdentifier, AddDeviceByIdentifier: foreign-app-device-routes.ts) and the keys
 * (SaveForeignKey, GetDeviceKeysOnDeviceIdentifier, GetApplicationKeys, DeleteForeignKeyOnName: here). Body
 * property names follow the REST reference and the parameter descriptions of
 * docs/api/reference/soap/Services86/ForeignSystem/; every other ForeignSystem method answers 404 like any
 * unknown route. Every call: the `foreignSystem` switch, SO-TimeZone (400 when bad), a JSON body (415/400) where
 * the method takes one, `$select` on carriers.
 *
 * Rights of the keys (sandbox rules; SuperOffice marks the foreign key tables "No access control via user's Role"):
 * - any signed-in user may save, read and delete keys bound to their own associate record (TableName
 *   'associate', RecordId = their associate id), on any application and device;
 * - everything else needs the administrator flag: keys on another record, on another table or on none,
 *   DeleteForeignKeyOnName's wildcards (blank TableName, RecordId 0), and listing a whole application
 *   (GetApplicationKeys); others get 403 (ErrorType 'Forbidden');
 * - GetDeviceKeysOnDeviceIdentifier gives a non-administrator only their own keys of the device.
 * 400 (bad body) comes before 403.
 *
 * SaveForeignKey "saves a key belonging to the ForeignApp and ForeignDevice specified" and the reference does
 * not say it creates them: here it needs both to exist, and on an unknown application or device it answers 400
 * (ErrorType 'ArgumentException', naming what is missing and the call that creates it) and writes nothing — the
 * status and body are the sandbox's assumption, the reference being silent on the failure. It updates the key
 * with the same name, table and record on the device, else adds one. Lookups of an unknown application or
 * device find nothing (an empty array), and deleting nothing is still 204.
 */

/** A key bound to the caller's own associate record. */
function ownKey(account: SandboxAccount, tableName: string, recordId: number): boolean {
  return tableName === 'associate' && recordId === account.associateId;
}

/** True when the caller may act on keys of this table and record; otherwise answers 403. */
function mayTouch(call: CallContext, tableName: string, recordId: number, verb: string): boolean {
  const { account } = call;
  if (account.isAdministrator || ownKey(account, tableName, recordId)) return true;
  sendRestError(
    call.ctx,
    403,
    `Associate ${account.associateId} may ${verb} only its own keys (TableName 'associate', RecordId ${account.associateId}); ` +
      `TableName '${tableName}', RecordId ${recordId} needs an administrator`,
    'Forbidden',
  );
  return false;
}

function keyCarriers(call: CallContext, keys: PlacedKey[]) {
  return keys.map((key) => applySelect(foreignKeyCarrier(call.tenant, key, call.wire), call.select));
}

const DEVICE_BODY = '"ApplicationName", "DeviceName", "DeviceIdentifier"';

/** `SaveForeignKey` → 200 ForeignKey: the new or updated key; 400 when the application or device is missing. */
function saveForeignKey(deps: ForeignSystemRouteDeps): RestRoute {
  const expected = `"ForeignKey": {"Key", "Value", "TableName", "RecordId"}, ${DEVICE_BODY}`;
  return agentRoute(deps, 'SaveForeignKey', { expected, parse: parseSaveRequest }, (call, { address, value }) => {
    if (!mayTouch(call, address.tableName, address.recordId, 'save')) return;
    const saved = deps.foreignSystem.save(call.tenant, call.account, address, value);
    if (saved === undefined) {
      const missing =
        deps.foreignSystem.app(call.tenant, address.application) === undefined
          ? `The ForeignApp '${address.application}' does not exist: create it first (SaveForeignAppEntity)`
          : `The ForeignDevice '${address.deviceName}' (DeviceIdentifier '${address.deviceIdentifier}') of ForeignApp '${address.application}' does not exist: add it first (AddDeviceByIdentifier)`;
      sendRestError(call.ctx, 400, missing, 'ArgumentException');
      return;
    }
    call.ctx.body = applySelect(foreignKeyCarrier(call.tenant, saved, call.wire), call.select);
  });
}

/** `GetDeviceKeysOnDeviceIdentifier` → 200 ForeignKey[] of the device (a non-administrator's own only). */
function getDeviceKeysOnDeviceIdentifier(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetDeviceKeysOnDeviceIdentifier', { expected: DEVICE_BODY, parse: parseDeviceRequest }, (call, address) => {
    const keys = deps.foreignSystem.deviceKeys(call.tenant, address);
    const visible = call.account.isAdministrator ? keys : keys.filter(({ row }) => ownKey(call.account, row.tableName, row.recordId));
    call.ctx.body = keyCarriers(call, visible);
  });
}

/** `GetApplicationKeys` → 200 ForeignKey[] of every device of the application; administrators only. */
function getApplicationKeys(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetApplicationKeys', { expected: '"ApplicationName"', parse: parseApplicationRequest }, (call, { application }) => {
    if (!call.account.isAdministrator) {
      sendRestError(call.ctx, 403, `Only an administrator may list all keys of an application; associate ${call.account.associateId} is not one`, 'Forbidden');
      return;
    }
    call.ctx.body = keyCarriers(call, deps.foreignSystem.applicationKeys(call.tenant, application));
  });
}

/**
 * `DeleteForeignKeyOnName` → 204: every key of that name on the device in that table and record; blank
 * TableName = any table, RecordId 0 = any record (documented), both administrator-only here since they reach
 * other users' keys.
 */
function deleteForeignKeyOnName(deps: ForeignSystemRouteDeps): RestRoute {
  const expected = `${DEVICE_BODY}, "KeyName", "TableName", "RecordId"`;
  return agentRoute(deps, 'DeleteForeignKeyOnName', { expected, parse: parseKeyRequest }, (call, address) => {
    if (!mayTouch(call, address.tableName, address.recordId, 'delete')) return;
    deps.foreignSystem.delete(call.tenant, address);
    call.ctx.status = 204;
  });
}

/** The ForeignSystem agent calls the sandbox serves. */
export function foreignSystemRoutes(deps: ForeignSystemRouteDeps): RestRoute[] {
  return [...foreignAppDeviceRoutes(deps), saveForeignKey(deps), getDeviceKeysOnDeviceIdentifier(deps), getApplicationKeys(deps), deleteForeignKeyOnName(deps)];
}
