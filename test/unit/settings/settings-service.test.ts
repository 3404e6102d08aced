import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsService } from '../../../main/settings/settings-service.js';
import { defaultSettings } from '../../../main/settings/settings-schema.js';
import { ConfSettingsStore } from '../../../main/settings/conf-settings-store.js';
import { MemoryLogger } from '../../support/memory-logger.js';

const record = {
  authority: 'http://127.0.0.1:1',
  keychainAccount: 'superoffice:Cust12345:5',
  tenant: 'Cust12345',
  associateId: 5,
  displayName: 'Alice Andersen',
  isAdministrator: false,
  connectedSince: '2026-11-23T09:00:00.000Z',
};

function setup(content?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vmt-settings-'));
  if (content !== undefined) writeFileSync(join(dir, 'config.json'), content);
  const logger = new MemoryLogger();
  return { dir, service: new SettingsService(new ConfSettingsStore(dir), logger), logger };
}

describe('settings', () => {
  it('starts from defaults and round-trips a change through the real file', () => {
    const { dir, service } = setup();
    expect(service.load()).toEqual(defaultSettings());
    service.update((s) => ({ ...s, connections: { superoffice: record } }));
    const again = new SettingsService(new ConfSettingsStore(dir), new MemoryLogger());
    expect(again.load().connections.superoffice).toMatchObject({ tenant: 'Cust12345', isAdministrator: false });
  });

  it('moves a corrupted file aside, starts from defaults and says so', () => {
    const { dir, service, logger } = setup('{"version": 1, "connections": {');
    expect(service.load()).toEqual(defaultSettings());
    expect(service.outcome.kind).toBe('reset');
    const backups = readdirSync(dir).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe('{"version": 1, "connections": {');
    expect(logger.events()).toContain('settings.reset');
  });

  it('resets (with a backup) a document with invalid values, and one from a newer version', () => {
    for (const content of ['{"version":1,"connections":{"superoffice":{"tenant":5}}}', '{"version":99}', '[1,2]']) {
      const { dir, service } = setup(content);
      service.load();
      expect(service.outcome.kind).toBe('reset');
      expect(readdirSync(dir).some((name) => name.endsWith('.bak'))).toBe(true);
    }
  });

  it('migrates the unversioned format and saves the result', () => {
    const { dir, service } = setup(JSON.stringify({ superoffice: record }));
    expect(service.load().connections.superoffice?.displayName).toBe('Alice Andersen');
    expect(service.outcome).toEqual({ kind: 'migrated', from: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).version).toBe(1);
  });

  it('refuses an update that would write invalid settings and keeps the old ones', () => {
    const { service } = setup();
    service.load();
    expect(() => service.update((s) => ({ ...s, version: 2 as 1 }))).toThrow();
    expect(service.value.version).toBe(1);
  });
});
