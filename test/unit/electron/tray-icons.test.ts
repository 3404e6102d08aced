import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { drawDisc, encodePng } from '../../../main/electron/png.js';
import { createTrayIcons } from '../../../main/electron/tray-icons.js';

const nativeImage = vi.hoisted(() => ({
  createFromBuffer: vi.fn((buffer: Buffer, options: { scaleFactor: number }) => ({
    representations: [{ buffer, scaleFactor: options.scaleFactor }],
    addRepresentation(representation: { buffer: Buffer; scaleFactor: number }) {
      this.representations.push(representation);
    },
  })),
}));
vi.mock('electron', () => ({ nativeImage, default: { nativeImage } }));

/** Decodes the PNGs encodePng writes (8-bit RGBA, filter 0) and checks every chunk's CRC. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

describe('tray icons', () => {
  it('encodePng writes a PNG whose pixels decode back', () => {
    const rgba = drawDisc(16, [10, 20, 30]);
    const decoded = decodePng(encodePng(16, 16, rgba));
    expect(decoded).toMatchObject({ width: 16, height: 16 });
    expect(decoded.pixels.equals(Buffer.from(rgba))).toBe(true);
    expect(decoded.pixels[3]).toBe(0); // transparent corner
    expect(decoded.pixels[(8 * 16 + 2) * 4 + 3]).toBe(255); // opaque disc
  });

  it('rejects a pixel buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/does not match/);
  });

  it('creates one image per icon state, at 1x and 2x, with distinct colours', () => {
    const icons = createTrayIcons() as unknown as Record<string, { representations: { buffer: Buffer; scaleFactor: number }[] }>;
    expect(Object.keys(icons).sort()).toEqual(['attention', 'connecting', 'idle']);
    const centres = new Set<string>();
    for (const icon of Object.values(icons)) {
      expect(icon.representations.map((r) => [r.scaleFactor, decodePng(r.buffer).width])).toEqual([
        [1, 16],
        [2, 32],
      ]);
      const { pixels } = decodePng(icon.representations[0]!.buffer);
      centres.add(pixels.subarray((8 * 16 + 3) * 4, (8 * 16 + 3) * 4 + 3).toString('hex'));
    }
    expect(centres.size).toBe(3);
  });
});
