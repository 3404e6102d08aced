/**
 * SuperOffice's foreign key system as three levels per tenant, modelled on the foreignapp, foreigndevice and
 * foreignkey tables (docs/en/database/tables/foreign{app,device,key}.md): an application (by name) has devices
 * (name + optional device identifier, owned by the associate who created them), a device has keys (name,
 * value, bound to a table and record or to none). Names and identifiers compare case-insensitively, as the
 * SQL Server collation of an Online tenant does; the stored spelling is the first one saved.
 */

/** Who acts (stamped as registered/updated by). */
export interface ForeignSystemActor {
  associateId: number;
}

export interface ForeignAppRow {
  foreignAppId: number;
  name: string;
  /** Epoch ms (diary clock). */
  created: number;
  createdBy: number;
  updated: number;
  updatedBy: number;
}

export interface ForeignDeviceRow {
  foreignDeviceId: number;
  foreignAppId: number;
  name: string;
  /** '' when the device identifier is not used. */
  deviceIdentifier: string;
  /** The associate owning the device (its creator). */
  ownerId: number;
  created: number;
  createdBy: number;
  updated: number;
  updatedBy: number;
}

export interface ForeignKeyRow {
  foreignKeyId: number;
  foreignDeviceId: number;
  /** Lower-case table name, '' when the key is bound to no table. */
  tableName: string;
  /** 0 when the key is bound to no particular record. */
  recordId: number;
  key: string;
  value: string;
  created: number;
  createdBy: number;
  updated: number;
  updatedBy: number;
}

/** Which device: the application's name, the device's name and its identifier ('' = not used). */
export interface DeviceAddress {
  application: string;
  deviceName: string;
  deviceIdentifier: string;
}

export interface KeyAddress extends DeviceAddress {
  key: string;
  tableName: string;
  recordId: number;
}

/** A key with the device and application it belongs to. */
export interface PlacedKey {
  row: ForeignKeyRow;
  device: ForeignDeviceRow;
  app: ForeignAppRow;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

class TenantForeignSystem {
  readonly apps: ForeignAppRow[] = [];
  readonly devices: ForeignDeviceRow[] = [];
  readonly keys: ForeignKeyRow[] = [];

  app(name: string): ForeignAppRow | undefined {
    return this.apps.find((app) => same(app.name, name));
  }

  device(address: DeviceAddress): { app: ForeignAppRow; device: ForeignDeviceRow } | undefined {
    const app = this.app(address.application);
    if (app === undefined) return undefined;
    const device = this.devices.find(
      (candidate) =>
        candidate.foreignAppId === app.foreignAppId && same(candidate.name, address.deviceName) && same(candidate.deviceIdentifier, address.deviceIdentifier),
    );
    return device === undefined ? undefined : { app, device };
  }

  placed(row: ForeignKeyRow): PlacedKey {
    const device = this.devices.find((candidate) => candidate.foreignDeviceId === row.foreignDeviceId);
    const app = this.apps.find((candidate) => candidate.foreignAppId === device?.foreignAppId);
    if (device === undefined || app === undefined) throw new Error(`foreign key ${row.foreignKeyId} lost its device`);
    return { row, device, app };
  }
}

/** The foreign key system of every tenant; empty at start. */
export class SandboxForeignSystem {
  readonly #now: () => number;
  readonly #tenants = new Map<string, TenantForeignSystem>();
  #nextId = 1;

  /** `now`: the clock for registered/updated (the diary clock). */
  constructor(now: () => number) {
    this.#now = now;
  }

  /** The application with this name, if it exists. */
  app(ctx: string, application: string): ForeignAppRow | undefined {
    const app = this.#tenant(ctx).app(application);
    return app === undefined ? undefined : { ...app };
  }

  /** The application with this id, if it exists. */
  appById(ctx: string, foreignAppId: number): ForeignAppRow | undefined {
    const app = this.#tenant(ctx).apps.find((candidate) => candidate.foreignAppId === foreignAppId);
    return app === undefined ? undefined : { ...app };
  }

  /** A new application that is not stored (ForeignAppId 0, blank name, dated now): CreateDefaultForeignAppEntity. */
  defaultApp(actor: ForeignSystemActor): ForeignAppRow {
    const now = this.#now();
    return { foreignAppId: 0, name: '', created: now, createdBy: actor.associateId, updated: now, updatedBy: actor.associateId };
  }

  /** Adds an application; undefined when one with this name exists already. */
  addApp(ctx: string, actor: ForeignSystemActor, name: string): ForeignAppRow | undefined {
    const tenant = this.#tenant(ctx);
    if (tenant.app(name) !== undefined) return undefined;
    const now = this.#now();
    const app = { foreignAppId: this.#id(), name, created: now, createdBy: actor.associateId, updated: now, updatedBy: actor.associateId };
    tenant.apps.push(app);
    return { ...app };
  }

  /** Renames the application with this id; undefined when there is none, or another one has the name. */
  renameApp(ctx: string, actor: ForeignSystemActor, foreignAppId: number, name: string): ForeignAppRow | undefined {
    const tenant = this.#tenant(ctx);
    const app = tenant.apps.find((candidate) => candidate.foreignAppId === foreignAppId);
    const clash = tenant.app(name);
    if (app === undefined || (clash !== undefined && clash !== app)) return undefined;
    Object.assign(app, { name, updated: this.#now(), updatedBy: actor.associateId });
    return { ...app };
  }

  /** The application's devices, oldest first. */
  appDevices(ctx: string, foreignAppId: number): ForeignDeviceRow[] {
    return this.#tenant(ctx).devices.filter((device) => device.foreignAppId === foreignAppId).map((device) => ({ ...device }));
  }

  /** The device with this application, name and identifier, if it exists. */
  device(ctx: string, address: DeviceAddress): { app: ForeignAppRow; device: ForeignDeviceRow } | undefined {
    const found = this.#tenant(ctx).device(address);
    return found === undefined ? undefined : { app: { ...found.app }, device: { ...found.device } };
  }

  /**
   * Adds a device (owned by the actor) to an existing application: 'no_app' when the application does not
   * exist, 'exists' when the application has a device with this name and identifier already.
   */
  addDevice(ctx: string, actor: ForeignSystemActor, address: DeviceAddress): { app: ForeignAppRow; device: ForeignDeviceRow } | 'no_app' | 'exists' {
    const tenant = this.#tenant(ctx);
    const app = tenant.app(address.application);
    if (app === undefined) return 'no_app';
    if (tenant.device(address) !== undefined) return 'exists';
    const now = this.#now();
    const who = actor.associateId;
    const device = { foreignDeviceId: this.#id(), foreignAppId: app.foreignAppId, name: address.deviceName, deviceIdentifier: address.deviceIdentifier, ownerId: who, created: now, createdBy: who, updated: now, updatedBy: who };
    tenant.devices.push(device);
    return { app: { ...app }, device: { ...device } };
  }

  /**
   * Creates or updates the key with this name, table and record on an existing device; undefined (nothing
   * written) when the application or the device does not exist.
   */
  save(ctx: string, actor: ForeignSystemActor, address: KeyAddress, value: string): PlacedKey | undefined {
    const tenant = this.#tenant(ctx);
    const found = tenant.device(address);
    if (found === undefined) return undefined;
    const { app, device } = found;
    const now = this.#now();
    const who = actor.associateId;
    const deviceId = device.foreignDeviceId;
    let row = tenant.keys.find(
      (candidate) =>
        candidate.foreignDeviceId === deviceId && same(candidate.key, address.key) && candidate.tableName === address.tableName && candidate.recordId === address.recordId,
    );
    if (row === undefined) {
      row = { foreignKeyId: this.#id(), foreignDeviceId: deviceId, tableName: address.tableName, recordId: address.recordId, key: address.key, value, created: now, createdBy: who, updated: now, updatedBy: who };
      tenant.keys.push(row);
    } else {
      row.value = value;
      row.updated = now;
      row.updatedBy = who;
    }
    return { row: { ...row }, device: { ...device }, app: { ...app } };
  }

  /** The device's keys, oldest first; none when the application or device does not exist. */
  deviceKeys(ctx: string, address: DeviceAddress): PlacedKey[] {
    const tenant = this.#tenant(ctx);
    const found = tenant.device(address);
    if (found === undefined) return [];
    return tenant.keys.filter((row) => row.foreignDeviceId === found.device.foreignDeviceId).map((row) => copy(tenant.placed(row)));
  }

  /** Every key of the application across its devices, oldest first. */
  applicationKeys(ctx: string, application: string): PlacedKey[] {
    const tenant = this.#tenant(ctx);
    const app = tenant.app(application);
    if (app === undefined) return [];
    return tenant.keys.map((row) => tenant.placed(row)).filter((placed) => placed.app.foreignAppId === app.foreignAppId).map(copy);
  }

  /**
   * Deletes the device's keys with this name; tableName '' = in any table, recordId 0 = any record of the
   * table (DeleteForeignKeyOnName's documented wildcards). Returns how many went.
   */
  delete(ctx: string, address: KeyAddress): number {
    const tenant = this.#tenant(ctx);
    const found = tenant.device(address);
    if (found === undefined) return 0;
    const doomed = (row: ForeignKeyRow) =>
      row.foreignDeviceId === found.device.foreignDeviceId &&
      same(row.key, address.key) &&
      (address.tableName === '' || row.tableName === address.tableName) &&
      (address.recordId === 0 || row.recordId === address.recordId);
    const before = tenant.keys.length;
    const kept = tenant.keys.filter((row) => !doomed(row));
    tenant.keys.splice(0, tenant.keys.length, ...kept);
    return before - kept.length;
  }

  /** Deletes the application with its devices and their keys (as an administrator might in SuperOffice); false when there is none. */
  deleteApp(ctx: string, application: string): boolean {
    const tenant = this.#tenant(ctx);
    const app = tenant.app(application);
    if (app === undefined) return false;
    const gone = new Set(tenant.devices.filter((device) => device.foreignAppId === app.foreignAppId).map((device) => device.foreignDeviceId));
    tenant.keys.splice(0, tenant.keys.length, ...tenant.keys.filter((row) => !gone.has(row.foreignDeviceId)));
    tenant.devices.splice(0, tenant.devices.length, ...tenant.devices.filter((device) => !gone.has(device.foreignDeviceId)));
    tenant.apps.splice(tenant.apps.indexOf(app), 1);
    return true;
  }

  /** Every application of the tenant with its devices, oldest first. */
  apps(ctx: string): Array<{ name: string; devices: Array<{ name: string; deviceIdentifier: string; ownerId: number }> }> {
    const tenant = this.#tenant(ctx);
    return tenant.apps.map((app) => ({
      name: app.name,
      devices: tenant.devices.filter((device) => device.foreignAppId === app.foreignAppId).map((device) => ({ name: device.name, deviceIdentifier: device.deviceIdentifier, ownerId: device.ownerId })),
    }));
  }

  /** Every key of the tenant, oldest first. */
  allKeys(ctx: string): PlacedKey[] {
    const tenant = this.#tenant(ctx);
    return tenant.keys.map((row) => copy(tenant.placed(row)));
  }

  #tenant(ctx: string): TenantForeignSystem {
    const key = ctx.toLowerCase();
    let tenant = this.#tenants.get(key);
    if (tenant === undefined) {
      tenant = new TenantForeignSystem();
      this.#tenants.set(key, tenant);
    }
    return tenant;
  }

  #id(): number {
    return this.#nextId++;
  }
}

function copy(placed: PlacedKey): PlacedKey {
  return { row: { ...placed.row }, device: { ...placed.device }, app: { ...placed.app } };
}

/** One stored key as `SuperOfficeSandbox.foreignSystem.keys()` lists it. */
export interface ForeignSystemKeyView {
  application: string;
  deviceName: string;
  deviceIdentifier: string;
  /** Lower-case; '' when bound to no table. */
  tableName: string;
  recordId: number;
  key: string;
  value: string;
  /** ISO instant (diary clock) of the last save. */
  updated: string;
}

/** What `SuperOfficeSandbox.foreignSystem` offers tests (no HTTP, no switches, no rights). */
export interface SuperOfficeForeignSystemApi {
  /** The tenant's keys across all applications and devices, oldest first. */
  keys(ctx?: string): ReadonlyArray<ForeignSystemKeyView>;
  /**
   * Writes a key as `associateId` would (e.g. another program writing under the same application name),
   * adding the application and the device first when they are missing.
   */
  put(address: KeyAddress, value: string, associateId: number, ctx?: string): void;
  /** Deletes an application with its devices and keys, behind the apps' backs (e.g. an administrator's clean-up). */
  deleteApp(application: string, ctx?: string): boolean;
  /** The tenant's applications with their devices (names and identifiers), oldest first. */
  apps(ctx?: string): ReadonlyArray<{ name: string; devices: Array<{ name: string; deviceIdentifier: string; ownerId: number }> }>;
}

export function foreignSystemApi(store: SandboxForeignSystem, defaultCtx: string): SuperOfficeForeignSystemApi {
  return {
    put: (address, value, associateId, ctx = defaultCtx) => {
      const actor = { associateId };
      store.addApp(ctx, actor, address.application);
      store.addDevice(ctx, actor, address);
      store.save(ctx, actor, address, value);
    },
    apps: (ctx = defaultCtx) => store.apps(ctx),
    deleteApp: (application, ctx = defaultCtx) => store.deleteApp(ctx, application),
    keys: (ctx = defaultCtx) =>
      store.allKeys(ctx).map(({ row, device, app }) => ({
        application: app.name,
        deviceName: device.name,
        deviceIdentifier: device.deviceIdentifier,
        tableName: row.tableName,
        recordId: row.recordId,
        key: row.key,
        value: row.value,
        updated: new Date(row.updated).toISOString(),
      })),
  };
}
