import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICNS_TYPES } from '../../../main/icons/icon-containers.js';
import { ICO_SIZES, ICON_DIR, iconFiles, LINUX_SIZES } from '../../../main/icons/icon-files.js';
import { APP_ICON, BRAND_BLUE, type Shape } from '../../../main/icons/icon-source.js';
import { rasterize, signedDistance } from '../../../main/icons/raster.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const committed = join(root, ICON_DIR);

/** Files under `dir` as forward-slash paths relative to it. */
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)).map((path) => `${name}/${path}`) : [name]));

/** Width, height and RGBA pixels of a PNG (8-bit RGBA, filter 0, as encodePng writes). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const data: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') data.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, pixels };
}

const rgbaAt = (pixels: Uint8Array, size: number, x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

describe('app icons from one source (npm run icons)', () => {
  let rendered: string;

  beforeAll(() => {
    rendered = mkdtempSync(join(tmpdir(), 'vmt-icons-'));
    execFileSync(process.execPath, [join(root, 'main/build/make-icons.mjs'), rendered], { cwd: root, stdio: 'pipe' });
  });
  afterAll(() => rmSync(rendered, { recursive: true, force: true }));

  it('the script writes exactly the files iconFiles() describes', () => {
    const expected = iconFiles();
    expect(listFiles(rendered).sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) expect(readFileSync(join(rendered, path)).equals(bytes), path).toBe(true);
  });

  it('the committed icons are the script output, byte for byte (a hand-edited icon fails here: run npm run icons)', () => {
    const generated = listFiles(rendered).sort();
    const present = listFiles(committed).filter((path) => path.startsWith('icons/') || /^icon\.(png|ico|icns)$/.test(path));
    expect(present.sort()).toEqual(generated);
    for (const path of generated) {
      const mine = readFileSync(join(committed, path));
      const theirs = readFileSync(join(rendered, path));
      if (path.endsWith('.png')) expect(decodePng(mine).pixels.equals(decodePng(theirs).pixels), `${path} pixels`).toBe(true);
      expect(mine.equals(theirs), `${path} bytes`).toBe(true);
    }
  });

  it('icon.png is 1024×1024 and the Linux set has every size, each file its stated dimensions', () => {
    const files = iconFiles();
    expect(decodePng(files.get('icon.png')!)).toMatchObject({ width: 1024, height: 1024 });
    expect([...LINUX_SIZES]).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    for (const size of LINUX_SIZES) expect(decodePng(files.get(`icons/${size}x${size}.png`)!)).toMatchObject({ width: size, height: size });
  });

  it('icon.ico holds one PNG per size up to 256 (stored as 0), each where its directory entry says', () => {
    const ico = iconFiles().get('icon.ico')!;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    ICO_SIZES.forEach((size, index) => {
      const entry = ico.subarray(6 + index * 16, 6 + (index + 1) * 16);
      expect([entry.readUInt8(0), entry.readUInt8(1), entry.readUInt16LE(4), entry.readUInt16LE(6)]).toEqual([size % 256, size % 256, 1, 32]);
      const png = ico.subarray(entry.readUInt32LE(12), entry.readUInt32LE(12) + entry.readUInt32LE(8));
      expect(decodePng(png)).toMatchObject({ width: size, height: size });
    });
    expect(ICO_SIZES).toContain(256);
  });

  it('icon.icns holds a PNG of the right size per element type, and its length adds up', () => {
    const icns = iconFiles().get('icon.icns')!;
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: [string, number][] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const png = icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4));
      const { width, height } = decodePng(png);
      expect(width).toBe(height);
      found.push([icns.toString('ascii', offset, offset + 4), width]);
    }
    expect(found).toEqual(ICNS_TYPES.map(([type, size]) => [type, size]));
    expect(found.map(([, size]) => size)).toContain(1024);
  });

  it('draws the camera: transparent corners, a blue tile, a white body and lens, at 1024 and 16 px', () => {
    const large = rasterize(APP_ICON, 1024);
    expect(rgbaAt(large, 1024, 4, 4)[3]).toBe(0);
    expect(rgbaAt(large, 1024, 120, 512)).toEqual([...BRAND_BLUE, 255]);
    expect(rgbaAt(large, 1024, 430, 512)).toEqual([255, 255, 255, 255]); // camera body
    expect(rgbaAt(large, 1024, 800, 512)).toEqual([255, 255, 255, 255]); // lens
    expect(rgbaAt(large, 1024, 680, 512)).toEqual([...BRAND_BLUE, 255]); // the gap between them
    const small = rasterize(APP_ICON, 16);
    expect(rgbaAt(small, 16, 0, 0)[3]).toBe(0);
    expect(rgbaAt(small, 16, 8, 2)).toEqual([...BRAND_BLUE, 255]);
    expect(rgbaAt(small, 16, 5, 8).slice(0, 3).every((channel) => channel > 200)).toBe(true);
  });

  it('anti-aliases edges and measures distance with the right sign for both windings', () => {
    // At 100 px the tile's left edge (64/1024) falls at x = 6.25: pixel 6 is three quarters covered.
    const edge = rasterize(APP_ICON, 100);
    expect([5, 6, 7].map((x) => rgbaAt(edge, 100, x, 50)[3])).toEqual([0, 191, 255]);
    const square = (points: [number, number][]): Shape => ({ kind: 'polygon', points, color: [0, 0, 0] });
    const clockwise = square([[0, 0], [10, 0], [10, 10], [0, 10]]);
    const counter = square([[0, 0], [0, 10], [10, 10], [10, 0]]);
    for (const shape of [clockwise, counter]) {
      expect(signedDistance(shape, 5, 5)).toBe(-5);
      expect(signedDistance(shape, 13, 5)).toBe(3);
    }
    const rect: Shape = { kind: 'roundedRect', x: 0, y: 0, width: 10, height: 10, radius: 2, color: [0, 0, 0] };
    expect(signedDistance(rect, 5, 5)).toBe(-5);
    expect(signedDistance(rect, 5, 12)).toBe(2);
    expect(signedDistance(rect, 0, 0)).toBeCloseTo(2 * Math.SQRT2 - 2);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => rasterize(APP_ICON, 0)).toThrow(/bad size/);
    expect(() => rasterize(APP_ICON, 2.5)).toThrow(/bad size/);
  });
});

