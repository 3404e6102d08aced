import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

/** The parts of electron-builder's Configuration this test reads. */
interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  /** getConfig normalizes `files` to FileSet objects. */
  files?: (string | { filter?: string[] })[];
  asarUnpack?: string[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; category?: string };
  deb?: { depends?: string[] };
  mac?: { target?: string; category?: string; hardenedRuntime?: boolean; extendInfo?: Record<string, unknown> };
  win?: { target?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean };
  [key: string]: unknown;
}

// Internal electron-builder paths (toolchain.md item 2): re-check them when upgrading electron-builder.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

let config: BuilderConfig;

beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('a broken copy is rejected (the check really validates)', async () => {
    const broken = structuredClone(config);
    broken.linux = { ...broken.linux, bogusKey: true } as BuilderConfig['linux'];
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration|linux/);
    const badFuse = structuredClone(config);
    badFuse.electronFuses = { ...badFuse.electronFuses, runAsNodeTypo: false };
    await expect(validateConfiguration(badFuse, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app and its folders', () => {
    expect(config).toMatchObject({
      appId: 'com.videomeetingstray.app',
      productName: 'Video Meetings Tray',
      directories: { output: 'release', buildResources: 'main/electron/build-resources' },
    });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/electron/main.js');
  });

  it('ships dist without the sandbox or source maps', () => {
    const patterns = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    expect(patterns).toEqual(['package.json', 'dist/**', '!dist/main/sandbox/**', '!**/*.map']);
  });

  it('unpacks the keytar native addon from the asar', () => {
    expect(config.asarUnpack).toContain('**/node_modules/@github/keytar/**/*.node');
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('targets AppImage and deb on Linux, with libsecret and libnotify', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.deb?.depends).toEqual(expect.arrayContaining(['libsecret-1-0', 'libnotify4']));
  });

  it('is a tray-only, hardened dmg on macOS', () => {
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.productivity', hardenedRuntime: true });
    expect(config.mac?.extendInfo?.LSUIElement).toBe(true);
  });

  it('installs per user with one click on Windows', () => {
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
  });

  it('has a 512x512 PNG icon source in buildResources', () => {
    const png = readFileSync(join(root, 'main/electron/build-resources/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
