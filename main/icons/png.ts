import { crc32, deflateSync } from 'node:zlib';

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG file; `level` is zlib's compression level. */
export function encodePng(width: number, height: number, rgba: Uint8Array, level = -1): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('encodePng: pixel buffer does not match the size');
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each scanline starts with filter type 0 (none).
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type Rgb = readonly [number, number, number];
export type Rgba = readonly [number, number, number, number];

/** Radius of the disc drawDisc draws into a `size` square. */
export const discRadius = (size: number): number => size / 2 - size / 16;

/**
 * RGBA pixels of an anti-aliased disc of `color` on transparency, with a lighter centre dot unless
 * `centreDot` is false (the countdown digits go there instead).
 */
export function drawDisc(size: number, color: Rgb, options: { centreDot?: boolean } = {}): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const radius = discRadius(size);
  const inner = options.centreDot === false ? 0 : radius * 0.38;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      const coverage = Math.max(0, Math.min(1, radius - distance + 0.5));
      if (coverage === 0) continue;
      const centre = inner > 0 ? Math.max(0, Math.min(1, inner - distance + 0.5)) : 0;
      const offset = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(color[c]! + (255 - color[c]!) * centre);
      pixels[offset + 3] = Math.round(coverage * 255);
    }
  }
  return pixels;
}

/**
 * A tiny bitmap font: 4×7 glyphs, one string per row, '#' = ink. Digits for the tray countdown,
 * '!' for the attention template icon.
 */
export const GLYPH_WIDTH = 4;
export const GLYPH_HEIGHT = 7;
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['.##.', '#..#', '#..#', '#..#', '#..#', '#..#', '.##.'],
  '1': ['..#.', '.##.', '..#.', '..#.', '..#.', '..#.', '.###'],
  '2': ['.##.', '#..#', '...#', '..#.', '.#..', '#...', '####'],
  '3': ['.##.', '#..#', '...#', '.##.', '...#', '#..#', '.##.'],
  '4': ['#..#', '#..#', '#..#', '####', '...#', '...#', '...#'],
  '5': ['####', '#...', '###.', '...#', '...#', '#..#', '.##.'],
  '6': ['.##.', '#...', '#...', '###.', '#..#', '#..#', '.##.'],
  '7': ['####', '...#', '..#.', '..#.', '.#..', '.#..', '.#..'],
  '8': ['.##.', '#..#', '#..#', '.##.', '#..#', '#..#', '.##.'],
  '9': ['.##.', '#..#', '#..#', '.###', '...#', '...#', '.##.'],
  '!': ['.##.', '.##.', '.##.', '.##.', '.##.', '....', '.##.'],
};

/** The box `text` occupies when drawn centred in a `size` square at `scale` (1 px gap between glyphs, scaled). */
export function textBox(size: number, text: string, scale: number): { x: number; y: number; width: number; height: number } {
  const width = (text.length * GLYPH_WIDTH + Math.max(0, text.length - 1)) * scale;
  const height = GLYPH_HEIGHT * scale;
  return { x: Math.floor((size - width) / 2), y: Math.floor((size - height) / 2), width, height };
}

/**
 * Writes `text` (digits and '!') centred into a `size`×`size` RGBA buffer, each glyph pixel as a
 * `scale`×`scale` block set to `ink` (an alpha of 0 cuts the glyph out). Throws when it does not fit.
 */
export function drawText(pixels: Uint8Array, size: number, text: string, ink: Rgba, scale = 1): void {
  if (pixels.length !== size * size * 4) throw new Error('drawText: pixel buffer does not match the size');
  const box = textBox(size, text, scale);
  if (box.x < 0 || box.y < 0 || box.x + box.width > size || box.y + box.height > size) throw new Error(`drawText: "${text}" does not fit in ${size} px`);
  [...text].forEach((character, index) => {
    const glyph = GLYPHS[character];
    if (!glyph) throw new Error(`drawText: no glyph for "${character}"`);
    const left = box.x + index * (GLYPH_WIDTH + 1) * scale;
    glyph.forEach((row, gy) => {
      for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
        if (row[gx] !== '#') continue;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) pixels.set(ink, ((box.y + gy * scale + dy) * size + left + gx * scale + dx) * 4);
        }
      }
    });
  });
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed) >>> 0, 0);
  return Buffer.concat([length, typed, checksum]);
}
