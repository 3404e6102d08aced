import { applySelect, type Carrier } from '../diary/carriers.js';
import { foreignAppCarrier, foreignDeviceCarrier } from '../foreign-system/carriers.js';
import { parseAppEntityRequest, parseApplicationRequest, parseDeviceRequest } from '../foreign-system/foreign-system-request.js';
import type { ForeignAppRow, ForeignDeviceRow } from '../foreign-system/foreign-system-store.js';
import { agentRoute, bodylessAgentRoute, type CallContext, type ForeignSystemRouteDeps } from './foreign-system-agent-route.js';
import { sendRestError } from './rest-errors.js';
import type { RestRoute } from './rest-route.js';

/**
 * The ForeignSystem agent calls that find and create the application and the device a key belongs to, as in
 * docs/en/api/reference/restful/agent/ForeignSystem_Agent/v1ForeignSystemAgent_{GetAppByName,
 * CreateDefaultForeignAppEntity, SaveForeignAppEntity, GetDeviceByIdentifier, AddDeviceByIdentifier}.md.
 * Any signed-in user may call them (the foreign tables have no role access control); a device belongs to the
 * associate who added it.
 *
 * Sandbox choices where the reference is silent:
 * - GetAppByName and GetDeviceByIdentifier answer 200 with JSON `null` when there is no such application or
 *   device;
 * - CreateDefaultForeignAppEntity answers a carrier with ForeignAppId 0, a blank Name, the dates "now" and no
 *   devices; nothing is stored;
 * - SaveForeignAppEntity with ForeignAppId 0 adds an application (400 when one has that Name already: names are
 *   unique per tenant here); with another id it renames that application (administrators only, 403 otherwise;
 *   400 for an unknown id or a Name another application has); Devices and the dates of the body are ignored;
 * - AddDeviceByIdentifier needs the application to exist, and refuses a second device with the same name and
 *   identifier in it (both 400: it "adds a new ForeignDevice").
 */

const APP_BODY = '"ForeignAppId", "Name"';
const DEVICE_BODY = '"ApplicationName", "DeviceName", "DeviceIdentifier"';

function appCarrier(deps: ForeignSystemRouteDeps, call: CallContext, app: ForeignAppRow): Carrier {
  return applySelect(foreignAppCarrier(call.tenant, app, deps.foreignSystem.appDevices(call.tenant, app.foreignAppId), call.wire), call.select);
}

function deviceCarrier(call: CallContext, found: { app: ForeignAppRow; device: ForeignDeviceRow }): Carrier {
  return applySelect(foreignDeviceCarrier(call.tenant, found.device, found.app, call.wire), call.select);
}

/** A JSON `null` answer (the sandbox's "not found"). */
function answerNull(call: CallContext): void {
  call.ctx.type = 'application/json';
  call.ctx.body = 'null';
}

/** `GetAppByName` → 200 ForeignAppEntity with its devices, or 200 `null`. */
function getAppByName(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetAppByName', { expected: '"ApplicationName"', parse: parseApplicationRequest }, (call, { application }) => {
    const app = deps.foreignSystem.app(call.tenant, application);
    if (app === undefined) answerNull(call);
    else call.ctx.body = appCarrier(deps, call, app);
  });
}

/** `CreateDefaultForeignAppEntity` (no body) → 200 a new, unsaved ForeignAppEntity. */
function createDefaultForeignAppEntity(deps: ForeignSystemRouteDeps): RestRoute {
  return bodylessAgentRoute(deps, 'CreateDefaultForeignAppEntity', (call) => {
    call.ctx.body = applySelect(foreignAppCarrier(call.tenant, deps.foreignSystem.defaultApp(call.account), [], call.wire), call.select);
  });
}

/** `SaveForeignAppEntity` (body: the ForeignAppEntity) → 200 the new or renamed ForeignAppEntity. */
function saveForeignAppEntity(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'SaveForeignAppEntity', { expected: APP_BODY, parse: parseAppEntityRequest }, (call, { foreignAppId, name }) => {
    const { foreignSystem } = deps;
    if (foreignAppId === 0) {
      const added = foreignSystem.addApp(call.tenant, call.account, name);
      if (added === undefined) sendRestError(call.ctx, 400, `A ForeignApp named '${name}' exists already`, 'ArgumentException');
      else call.ctx.body = appCarrier(deps, call, added);
      return;
    }
    if (!call.account.isAdministrator) {
      sendRestError(call.ctx, 403, `Only an administrator may change an existing ForeignApp; associate ${call.account.associateId} is not one`, 'Forbidden');
      return;
    }
    const renamed = foreignSystem.renameApp(call.tenant, call.account, foreignAppId, name);
    if (renamed === undefined) {
      const reason = foreignSystem.appById(call.tenant, foreignAppId) === undefined ? `there is no ForeignApp ${foreignAppId}` : `another ForeignApp is named '${name}'`;
      sendRestError(call.ctx, 400, `ForeignApp ${foreignAppId} cannot be saved: ${reason}`, 'ArgumentException');
      return;
    }
    call.ctx.body = appCarrier(deps, call, renamed);
  });
}

/** `GetDeviceByIdentifier` → 200 ForeignDevice with that name and identifier in the application, or 200 `null`. */
function getDeviceByIdentifier(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'GetDeviceByIdentifier', { expected: DEVICE_BODY, parse: parseDeviceRequest }, (call, address) => {
    const found = deps.foreignSystem.device(call.tenant, address);
    if (found === undefined) answerNull(call);
    else call.ctx.body = deviceCarrier(call, found);
  });
}

/** `AddDeviceByIdentifier` → 200 the new ForeignDevice, owned by the caller. */
function addDeviceByIdentifier(deps: ForeignSystemRouteDeps): RestRoute {
  return agentRoute(deps, 'AddDeviceByIdentifier', { expected: DEVICE_BODY, parse: parseDeviceRequest }, (call, address) => {
    const added = deps.foreignSystem.addDevice(call.tenant, call.account, address);
    if (added === 'no_app') sendRestError(call.ctx, 400, `The ForeignApp '${address.application}' does not exist: create it first (SaveForeignAppEntity)`, 'ArgumentException');
    else if (added === 'exists')
      sendRestError(call.ctx, 400, `ForeignApp '${address.application}' has a ForeignDevice '${address.deviceName}' (DeviceIdentifier '${address.deviceIdentifier}') already`, 'ArgumentException');
    else call.ctx.body = deviceCarrier(call, added);
  });
}

export function foreignAppDeviceRoutes(deps: ForeignSystemRouteDeps): RestRoute[] {
  return [getAppByName(deps), createDefaultForeignAppEntity(deps), saveForeignAppEntity(deps), getDeviceByIdentifier(deps), addDeviceByIdentifier(deps)];
}
