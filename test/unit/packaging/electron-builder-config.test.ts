import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINUX_EXECUTABLE } from '../../../main/platform/linux-executable.js';

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
  linux?: { target?: string[]; category?: string; icon?: string; executableName?: string };
  deb?: { depends?: string[] };
  rpm?: { depends?: string[] };
  mac?: {
    target?: string[];
    category?: string;
    icon?: string;
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    extendInfo?: Record<string, unknown>;
  };
  win?: { target?: string; icon?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean; createDesktopShortcut?: boolean };
  [key: string]: unknown;
}

// Internal electron-builder paths (toolchain.md item 2): re-check them when upgrading electron-builder.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, string | number> };
const { minimatch } = require('minimatch') as { minimatch: (path: string, pattern: string, options?: { dot?: boolean }) => boolean };

const BUILD_RESOURCES = 'main/electron/build-resources';

/** A configured resource path as electron-builder finds it: in buildResources first, then in the project. */
function resource(path: string): string {
  const inResources = join(root, BUILD_RESOURCES, path);
  return existsSync(inResources) ? inResources : join(root, path);
}

/** Whether electron-builder's `files` patterns take a project path into the app (in order, the last match wins). */
function shipped(patterns: string[], path: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

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

  it('ships the built app only: no sandbox, launcher, benchmark, source maps, sources or tests', () => {
    const patterns = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    expect(patterns).toEqual(['package.json', 'dist/**', '!dist/main/sandbox/**', '!dist/main/launcher.js', '!dist/main/bench.js', '!**/*.map']);
    for (const path of ['package.json', 'dist/main/electron/main.js', 'dist/preload/electron.cjs', 'dist/renderer/index.html', 'dist/main/cli.js']) {
      expect(shipped(patterns, path), path).toBe(true);
    }
    for (const path of [
      'dist/main/sandbox/main.js',
      'dist/main/launcher.js',
      'dist/main/bench.js',
      'dist/main/electron/main.js.map',
      'main/electron/main.ts',
      'test/unit/packaging/electron-builder-config.test.ts',
      'test/e2e/electron/app.spec.ts',
      'electron-builder.yml',
      '.ci/run',
    ]) {
      expect(shipped(patterns, path), path).toBe(false);
    }
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
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('sets every fuse Electron has on purpose (a fuse added by an upgrade fails here until decided)', () => {
    const fuses = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)));
    expect(fuses.length).toBeGreaterThanOrEqual(8);
    for (const fuse of fuses) expect(typeof config.electronFuses?.[fuse[0]!.toLowerCase() + fuse.slice(1)], fuse).toBe('boolean');
  });

  it('publishes nowhere by default (updates need a feed: VMT_UPDATE_FEED or a publish entry)', () => {
    expect(config.publish).toBeUndefined();
  });

  it('targets AppImage and deb on Linux (rpm on request), with libsecret and libnotify, and the generated icon set', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office', executableName: 'video-meetings-tray' });
    expect(config.deb?.depends).toEqual(expect.arrayContaining(['libsecret-1-0', 'libnotify4']));
    expect(config.rpm?.depends).toEqual(expect.arrayContaining(['libsecret', 'libnotify']));
    const icons = resource(config.linux!.icon!);
    expect(statSync(icons).isDirectory()).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(icons, `${size}x${size}.png`)), `${size}`).toBe(true);
  });

  it('the Linux executable name is the one the autostart entry and its icon use', () => {
    expect(config.linux?.executableName).toBe(LINUX_EXECUTABLE);
  });

  it('is a tray-only, hardened dmg on macOS (plus the zip electron-updater installs from)', () => {
    expect(config.mac).toMatchObject({ target: ['dmg', 'zip'], category: 'public.app-category.productivity', hardenedRuntime: true, icon: 'icon.icns' });
    expect(config.mac?.extendInfo?.LSUIElement).toBe(true);
  });

  it("signs with exactly the hardened-runtime exceptions Electron's JIT needs", () => {
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
    const plist = readFileSync(resource(config.mac!.entitlements!), 'utf8');
    expect(plist).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE plist/);
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.cs.allow-unsigned-executable-memory']);
    expect(plist.match(/<key>/g)).toHaveLength(2);
  });

  it('installs per user with one click on Windows, without a desktop shortcut', () => {
    expect(config.win).toMatchObject({ target: 'nsis', icon: 'icon.ico' });
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, createDesktopShortcut: false });
  });

  it('every build resource it names exists', () => {
    const named = [config.linux?.icon, config.mac?.icon, config.mac?.entitlements, config.mac?.entitlementsInherit, config.win?.icon];
    expect(named.every((path) => typeof path === 'string')).toBe(true);
    for (const path of named as string[]) expect(existsSync(resource(path)), path).toBe(true);
    // The defaults electron-builder looks for in buildResources as well.
    for (const path of ['icon.png', 'icon.ico', 'icon.icns']) expect(existsSync(join(root, BUILD_RESOURCES, path)), path).toBe(true);
    const png = readFileSync(join(root, BUILD_RESOURCES, 'icon.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
