import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { TrayIconState } from '../../../main/core/tray-model.js';
import { discRadius, drawDisc, drawText, encodePng, textBox } from '../../../main/icons/png.js';
import { countdownText, createTrayIcons, TRAY_COLORS, trayIconPixels } from '../../../main/electron/tray-icons.js';

const nativeImage = vi.hoisted(() => ({
  createFromBuffer: vi.fn((buffer: Buffer, options: { scaleFactor: number }) => ({
    representations: [{ buffer, scaleFactor: options.scaleFactor }],
    template: false,
    addRepresentation(representation: { buffer: Buffer; scaleFactor: number }) {
      this.representations.push(representation);
    },
    setTemplateImage(template: boolean) {
      this.template = template;
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

interface FakeImage {
  representations: { buffer: Buffer; scaleFactor: number }[];
  template: boolean;
}

const STATES: TrayIconState[] = ['idle', 'connecting', 'attention', 'soon', 'live'];
const pixelAt = (pixels: Uint8Array, size: number, x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

/** The pixels of a size×size buffer that are exactly `ink`, as "x,y". */
function inked(pixels: Uint8Array, size: number, ink: readonly number[]): Set<string> {
  const found = new Set<string>();
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (pixelAt(pixels, size, x, y).every((v, i) => v === ink[i])) found.add(`${x},${y}`);
  return found;
}

describe('png', () => {
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

  it('draws the lighter centre dot unless told not to', () => {
    expect(pixelAt(drawDisc(16, [10, 20, 30]), 16, 8, 8)).toEqual([255, 255, 255, 255]);
    expect(pixelAt(drawDisc(16, [10, 20, 30], { centreDot: false }), 16, 8, 8)).toEqual([10, 20, 30, 255]);
  });

  it('draws every digit differently, inside the text box and inside the disc, at 16 and 32 px', () => {
    const ink = [255, 255, 255, 255] as const;
    for (const [size, scale] of [
      [16, 1],
      [32, 2],
    ] as const) {
      const shapes = new Set<string>();
      for (const text of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '59', '88']) {
        const pixels = drawDisc(size, [0, 0, 200], { centreDot: false });
        drawText(pixels, size, text, ink, scale);
        const points = inked(pixels, size, ink);
        expect(points.size).toBeGreaterThan(0);
        shapes.add([...points].sort().join(' '));
        const box = textBox(size, text, scale);
        for (const point of points) {
          const [x, y] = point.split(',').map(Number) as [number, number];
          expect(x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height).toBe(true);
          // Every digit pixel lies fully on the disc (its far corner inside the radius).
          const far = Math.hypot(Math.abs(x + 0.5 - size / 2) + 0.5, Math.abs(y + 0.5 - size / 2) + 0.5);
          expect(far).toBeLessThanOrEqual(discRadius(size));
        }
      }
      expect(shapes.size).toBe(13);
    }
  });

  it('scales the glyphs with the icon: each 1x pixel is a 2×2 block at 2x', () => {
    const ink = [255, 255, 255, 255] as const;
    const small = new Uint8Array(16 * 16 * 4);
    const large = new Uint8Array(32 * 32 * 4);
    drawText(small, 16, '42', ink, 1);
    drawText(large, 32, '42', ink, 2);
    expect(inked(large, 32, ink).size).toBe(4 * inked(small, 16, ink).size);
  });

  it('refuses text that does not fit and characters it has no glyph for', () => {
    expect(() => drawText(new Uint8Array(8 * 8 * 4), 8, '88', [0, 0, 0, 255])).toThrow(/does not fit/);
    expect(() => drawText(new Uint8Array(16 * 16 * 4), 16, 'a', [0, 0, 0, 255])).toThrow(/no glyph/);
    expect(() => drawText(new Uint8Array(10), 16, '1', [0, 0, 0, 255])).toThrow(/does not match/);
  });
});

describe('tray icons', () => {
  it('shows 1–59 minutes; nothing for none, 0 (starting or on), an hour or more, or odd values', () => {
    expect([1, 5, 10, 59].map(countdownText)).toEqual(['1', '5', '10', '59']);
    expect([undefined, 0, 60, 75, -3, 2.5, Number.NaN].map(countdownText)).toEqual([null, null, null, null, null, null, null]);
  });

  it('creates each state at 1x and 2x, with distinct colours', () => {
    const icons = createTrayIcons({ variant: 'light-panel' });
    const centres = new Set<string>();
    for (const state of STATES) {
      const icon = icons.image(state) as unknown as FakeImage;
      expect(icon.template).toBe(false);
      expect(icon.representations.map((r) => [r.scaleFactor, decodePng(r.buffer).width])).toEqual([
        [1, 16],
        [2, 32],
      ]);
      const { pixels } = decodePng(icon.representations[0]!.buffer);
      centres.add(pixels.subarray((8 * 16 + 3) * 4, (8 * 16 + 3) * 4 + 3).toString('hex'));
    }
    expect(centres.size).toBe(STATES.length);
  });

  it('draws the minutes left into the colour icon, in both representations', () => {
    const icons = createTrayIcons({ variant: 'light-panel' });
    const plain = decodePng((icons.image('soon') as unknown as FakeImage).representations[0]!.buffer).pixels;
    const five = icons.image('soon', 5) as unknown as FakeImage;
    const twelve = icons.image('soon', 12) as unknown as FakeImage;
    const [five1x, five2x] = five.representations.map((r) => decodePng(r.buffer).pixels);
    const twelve1x = decodePng(twelve.representations[0]!.buffer).pixels;
    expect(five1x!.equals(plain)).toBe(false);
    expect(five1x!.equals(twelve1x)).toBe(false);
    // Dark digits on amber, no centre dot; the 2x image has 4× the digit pixels.
    const ink = [28, 28, 28, 255];
    expect(inked(five1x!, 16, ink).size).toBeGreaterThan(5);
    expect(inked(five2x!, 32, ink).size).toBe(4 * inked(five1x!, 16, ink).size);
    expect(inked(five1x!, 16, [255, 255, 255, 255]).size).toBe(0);
    // White digits elsewhere.
    const live = decodePng((icons.image('live', 3) as unknown as FakeImage).representations[0]!.buffer).pixels;
    expect(inked(live, 16, [255, 255, 255, 255]).size).toBeGreaterThan(5);
    expect(pixelAt(live, 16, 1, 8).slice(0, 3)).toEqual([...TRAY_COLORS.live]);
  });

  it('keeps each (state, minutes) image, and never draws 0 or 60+', () => {
    const icons = createTrayIcons({ variant: 'light-panel' });
    expect(icons.image('soon', 5)).toBe(icons.image('soon', 5));
    expect(icons.image('soon', 5)).not.toBe(icons.image('soon', 6));
    expect(icons.image('soon', 5)).not.toBe(icons.image('idle', 5));
    expect(icons.image('live', 0)).toBe(icons.image('live'));
    expect(icons.image('idle', 60)).toBe(icons.image('idle'));
    const before = nativeImage.createFromBuffer.mock.calls.length;
    icons.image('soon', 5);
    icons.image('soon', 6);
    expect(nativeImage.createFromBuffer.mock.calls.length).toBe(before);
  });

  it('dark panels: the same disc with a light rim around it (transparent outside the disc on light panels)', () => {
    const light = createTrayIcons({ variant: 'light-panel' });
    const dark = createTrayIcons({ variant: 'dark-panel' });
    for (const state of STATES) {
      const [onLight, onDark] = [light, dark].map((icons) => decodePng((icons.image(state) as unknown as FakeImage).representations[0]!.buffer).pixels);
      // Centre and disc body alike; the edge pixel (x = 0 on the middle row) is empty on light panels, rimmed on dark ones.
      expect(pixelAt(onDark!, 16, 8, 8)).toEqual(pixelAt(onLight!, 16, 8, 8));
      expect(pixelAt(onDark!, 16, 3, 8)).toEqual(pixelAt(onLight!, 16, 3, 8));
      expect(pixelAt(onLight!, 16, 0, 8)[3]).toBe(0);
      expect(pixelAt(onDark!, 16, 0, 8)).toEqual([236, 238, 242, expect.any(Number)]);
      expect(pixelAt(onDark!, 16, 0, 8)[3]).toBeGreaterThan(100);
      expect(pixelAt(onDark!, 16, 0, 0)[3]).toBe(0);
    }
    expect((dark.image('idle') as unknown as FakeImage).template).toBe(false);
  });

  it('macOS template images: black and alpha only, marked as templates, one shape per state, no digits', () => {
    const icons = createTrayIcons({ variant: 'template' });
    const shapes = new Set<string>();
    for (const state of STATES) {
      const icon = icons.image(state) as unknown as FakeImage;
      expect(icon.template).toBe(true);
      for (const representation of icon.representations) {
        const { pixels } = decodePng(representation.buffer);
        for (let i = 0; i < pixels.length; i += 4) expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([0, 0, 0]);
      }
      const { pixels } = decodePng(icon.representations[0]!.buffer);
      shapes.add(Buffer.from(pixels.filter((_, i) => i % 4 === 3)).toString('hex'));
      // The title carries the minutes on macOS: the same image with or without them.
      expect(icons.image(state, 5)).toBe(icon);
    }
    expect(shapes.size).toBe(STATES.length);
  });

  it('trayIconPixels ignores minutes for templates and draws them otherwise', () => {
    expect(Buffer.from(trayIconPixels('soon', 16, { template: true, minutesLeft: 5 })).equals(Buffer.from(trayIconPixels('soon', 16, { template: true })))).toBe(
      true,
    );
    expect(Buffer.from(trayIconPixels('soon', 16, { template: false, minutesLeft: 5 })).equals(Buffer.from(trayIconPixels('soon', 16, { template: false })))).toBe(
      false,
    );
  });
});
