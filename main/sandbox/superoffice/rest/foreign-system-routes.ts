import type { SandboxAccount } from '../accounts.js';
import { applySelect } from '../diary/carriers.js';
import type { WireTime } from '../diary/time-zones.js';
import { foreignDeviceCarrier, foreignKeyCarrier } from '../foreign-system/carriers.js';
import {
  parseApplicationRequest,
  parseDeviceRequest,
  parseKeyRequest,
  parseSaveRequest,
  type Parsed,
} from '../foreign-system/foreign-system-request.js';
import type { PlacedKey, SandboxForeignSystem } from '../foreign-system/foreign-system-store.js';
import { applyForeignSystemSwitch } from '../foreign-system/foreign-system-switch.js';
import type { SuperOfficeSwitches } from '../switches.js';
import { sendRestError } from './rest-errors.js';
import { jsonBody, selectParam, wireTime } from './rest-request.js';
import type { RestContext, RestRoute } from './rest-route.js';

/**
 * The subset of SuperOffice's ForeignSystem agent an app needs to keep small per-user markers ("device keys"):
 * `POST v1/Agents/ForeignSystem/{SaveForeignKey | GetKeyOnDeviceIdentifier | GetDeviceKeysOnDeviceIdentifier |
 * GetApplicationKeys | GetApplicationDevices | DeleteForeignKey | DeleteForeignKeyOnName}`. Paths, body property
 * names and carriers follow docs/en/api/reference/restful/agent/ForeignSystem_Agent/ and the parameter
 * descriptions of docs/api/reference/soap/Services86/ForeignSystem/; other ForeignSystem methods answer 404
 * like any unknown route. Every call: the `foreignSystem` switch, SO-TimeZone (400 when bad), a JSON body
 * (415/400), `$select` on carriers.
 *
 * Rights (sandbox rules; SuperOffice marks the foreign key tables "No access control via user's Role"):
 * - any signed-in user may save, read and delete keys bound to their own associate record (TableName
 *   'associate', RecordId = their associate id), on any application and device;
 * - everything else needs the administrator flag: keys on another record, on another table or on none,
 *   DeleteForeignKey's wildcards (blank TableName, RecordId 0), and listing a whole application
 *   (GetApplicationKeys, GetApplicationDevices); others get 403 (ErrorType 'Forbidden');
 * - GetDeviceKeysOnDeviceIdentifier gives a non-administrator only their own keys of the device.
 * 400 (bad body) comes before 403.
 *
 * Sandbox choices where the reference is silent: SaveForeignKey creates the application and the device when
 * they do not exist (as the classic COM API's `ForeignKey.Set(app, device, key, value)` did); it updates the
 * key with the same name, table and record on the device, else adds one. Lookups of an unknown application,
 * device or key find nothing (an empty array; GetKeyOnDeviceIdentifier answers 200 with JSON `null`), and
 * deleting nothing is still 204.
 */

/** What the ForeignSystem agent calls need from the running sandbox. */
export interface ForeignSystemRouteDeps {
  foreignSystem: SandboxForeignSystem;
  switches: SuperOfficeSwitches;
  /** Aborted when the sandbox closes (ends the 'slow' wait). */
  lifetime: AbortSignal;
}

interface CallContext {
  ctx: RestContext;
  wire: WireTime;
  tenant: string;
  account: SandboxAccount;
  select: string | undefined;
}

/** One agent method: the switch, SO-TimeZone, a JSON body parsed by `parse` (400 on errors), then `run`. */
function agentRoute<T extends object>(
  deps: ForeignSystemRouteDeps,
  method: string,
  expected: string,
  parse: (body: unknown) => Parsed<T>,
  run: (call: CallContext, request: T) => void,
): RestRoute {
  return {
    method: 'POST',
    path: `v1/Agents/ForeignSystem/${method}`,
    async handle(ctx: RestContext) {
      if (!(await applyForeignSystemSwitch(ctx, deps.switches, deps.lifetime))) return;
      const wire = wireTime(ctx);
      if (wire === undefined) return;
      const body = await jsonBody(ctx, { empty: `The request body is empty: send {${expected}}` });
      if (body === undefined) return;
      const request = parse(body.value);
      if ('error' in request) {
        sendRestError(ctx, 400, request.error, 'ArgumentException');
        return;
      }
      run({ ctx, wire, tenant: ctx.state.tenant, account: ctx.state.principal.account, select: selectParam(ctx) }, request);
    },
  };
}

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

/** True for administrators; otherwise answers 403. */
function administrator(call: CallContext, what: string): boolean {
  if (call.account.isAdministrator) return true;
  sendRestError(call.ctx, 403, `Only an administrator may ${what}; associate ${call.account.associateId} is not one`, 'Forbidden');
  return false;
}

function keyCarriers(call: CallContext, keys: PlacedKey[]) {
  return keys.map((key) => applySelect(foreignKeyCarrier(call.tenant, key, call.wire), call.select));
}

const KEY_BODY = '"ApplicationName", "DeviceName", "DeviceIdentifier", "KeyName", "TableName", "RecordId"';

/** `SaveForeignKey` → 200 ForeignKey: the new or updated key. */
function saveForeignKey(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'SaveForeignKey', '"ForeignKey": {"Key", "Value", "TableName", "RecordId"}, "ApplicationName", "DeviceName", "DeviceIdentifier"', parseSaveRequest, (call, { address, value }) => {
    if (!mayTouch(call, address.tableName, address.recordId, 'save')) return;
    const saved = deps.foreignSystem.save(call.tenant, call.account, address, value);
    call.ctx.body = applySelect(foreignKeyCarrier(call.tenant, saved, call.wire), call.select);
  });
}

/** `GetKeyOnDeviceIdentifier` → 200 ForeignKey with exactly that name, table and record, or 200 `null`. */
function getKeyOnDeviceIdentifier(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetKeyOnDeviceIdentifier', KEY_BODY, (body) => parseKeyRequest(body, 'KeyName'), (call, address) => {
    if (!mayTouch(call, address.tableName, address.recordId, 'read')) return;
    const found = deps.foreignSystem.find(call.tenant, address);
    call.ctx.type = 'application/json';
    call.ctx.body = found === undefined ? 'null' : applySelect(foreignKeyCarrier(call.tenant, found, call.wire), call.select);
  });
}

/** `GetDeviceKeysOnDeviceIdentifier` → 200 ForeignKey[] of the device (a non-administrator's own only). */
function getDeviceKeysOnDeviceIdentifier(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetDeviceKeysOnDeviceIdentifier', '"ApplicationName", "DeviceName", "DeviceIdentifier"', parseDeviceRequest, (call, address) => {
    const keys = deps.foreignSystem.deviceKeys(call.tenant, address);
    const visible = call.account.isAdministrator ? keys : keys.filter(({ row }) => ownKey(call.account, row.tableName, row.recordId));
    call.ctx.body = keyCarriers(call, visible);
  });
}

/** `GetApplicationKeys` → 200 ForeignKey[] of every device of the application; administrators only. */
function getApplicationKeys(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetApplicationKeys', '"ApplicationName"', parseApplicationRequest, (call, { application }) => {
    if (!administrator(call, 'list all keys of an application')) return;
    call.ctx.body = keyCarriers(call, deps.foreignSystem.applicationKeys(call.tenant, application));
  });
}

/** `GetApplicationDevices` → 200 ForeignDevice[]; administrators only. */
function getApplicationDevices(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetApplicationDevices', '"ApplicationName"', parseApplicationRequest, (call, { application }) => {
    if (!administrator(call, 'list the devices of an application')) return;
    call.ctx.body = deps.foreignSystem
      .applicationDevices(call.tenant, application)
      .map(({ device, app }) => applySelect(foreignDeviceCarrier(call.tenant, device, app, call.wire), call.select));
  });
}

/**
 * `DeleteForeignKey` (key name in `ForeignKey.Key`) and `DeleteForeignKeyOnName` (in `KeyName`) → 204: every
 * key of that name on the device in that table and record; blank TableName = any table, RecordId 0 = any
 * record (documented), both administrator-only here since they reach other users' keys.
 */
function deleteRoute(deps: ForeignSystemRouteDeps, method: 'DeleteForeignKey' | 'DeleteForeignKeyOnName'): RestRoute {
  const keyFrom = method === 'DeleteForeignKey' ? 'ForeignKey' : 'KeyName';
  const expected =
    keyFrom === 'ForeignKey' ? '"ForeignKey": {"Key"}, "ApplicationName", "DeviceName", "DeviceIdentifier", "TableName", "RecordId"' : KEY_BODY;
  return agentRoute(deps, method, expected, (body) => parseKeyRequest(body, keyFrom), (call, address) => {
    if (!mayTouch(call, address.tableName, address.recordId, 'delete')) return;
    deps.foreignSystem.delete(call.tenant, address);
    call.ctx.status = 204;
  });
}

/** The ForeignSystem agent calls the sandbox serves. */
export function foreignSystemRoutes(deps: ForeignSystemRouteDeps): RestRoute[] {
  return [
    saveForeignKey(deps),
    getKeyOnDeviceIdentifier(deps),
    getDeviceKeysOnDeviceIdentifier(deps),
    getApplicationKeys(deps),
    getApplicationDevices(deps),
    deleteRoute(deps, 'DeleteForeignKey'),
    deleteRoute(deps, 'DeleteForeignKeyOnName'),
  ];
}
