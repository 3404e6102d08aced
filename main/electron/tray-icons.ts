import { nativeImage, type NativeImage } from 'electron';
import type { TrayIconState } from '../core/tray-model.js';
import { discRadius, drawDisc, drawText, encodePng, type Rgb, type Rgba } from './png.js';

/** Disc colour per state (Windows and Linux). 'connecting' is grey so it never reads as 'soon' (amber). */
export const TRAY_COLORS: Readonly<Record<TrayIconState, Rgb>> = {
  idle: [47, 111, 223],
  connecting: [112, 120, 132],
  attention: [208, 49, 45],
  soon: [240, 160, 0],
  live: [30, 150, 70],
};

/** Digit colour per state: dark on amber (white on amber is hard to read), white elsewhere. */
const DIGIT_INK: Readonly<Record<TrayIconState, Rgba>> = {
  idle: [255, 255, 255, 255],
  connecting: [255, 255, 255, 255],
  attention: [255, 255, 255, 255],
  soon: [28, 28, 28, 255],
  live: [255, 255, 255, 255],
};

const SCALES = [1, 2] as const;
const BASE_SIZE = 16;

/** The tray's images, drawn on demand and kept: one per (state, minutes), each with 16 px and 32 px (@2x) representations. */
export interface TrayIcons {
  /** `minutesLeft` is drawn into the icon when it is 1–59 (never for template images: macOS shows the title instead). */
  image(state: TrayIconState, minutesLeft?: number): NativeImage;
}

/** The countdown digits for the icon: "1"–"59", or null (nothing within the hour, or 0 = starting/on, shown by the state). */
export function countdownText(minutesLeft: number | undefined): string | null {
  if (minutesLeft === undefined || !Number.isInteger(minutesLeft) || minutesLeft < 1 || minutesLeft > 59) return null;
  return String(minutesLeft);
}

/**
 * RGBA pixels of one tray icon (pure). Colour icons: a disc in the state's colour with the countdown
 * digits, or a lighter centre dot when there are none. Template icons (macOS): black and alpha only,
 * the state told by shape: idle a ring, connecting a faint ring, attention a disc with "!" cut out,
 * soon a solid disc, live a disc with a ring cut out (a target).
 */
export function trayIconPixels(state: TrayIconState, size: number, options: { template: boolean; minutesLeft?: number }): Uint8Array {
  const scale = size / BASE_SIZE;
  if (!options.template) {
    const digits = countdownText(options.minutesLeft);
    const pixels = drawDisc(size, TRAY_COLORS[state], { centreDot: digits === null });
    if (digits !== null) drawText(pixels, size, digits, DIGIT_INK[state], scale);
    return pixels;
  }
  const pixels = drawDisc(size, [0, 0, 0], { centreDot: false });
  const radius = discRadius(size);
  switch (state) {
    case 'idle':
      cutAnnulus(pixels, size, 0, radius * 0.5);
      break;
    case 'connecting':
      cutAnnulus(pixels, size, 0, radius * 0.5);
      scaleAlpha(pixels, 0.5);
      break;
    case 'attention':
      drawText(pixels, size, '!', [0, 0, 0, 0], scale);
      break;
    case 'soon':
      break;
    case 'live':
      cutAnnulus(pixels, size, radius * 0.4, radius * 0.62);
      break;
  }
  return pixels;
}

/**
 * Creates the tray images. `template` (macOS): black-and-alpha template images the menu bar tints for
 * light and dark mode; elsewhere coloured discs with the minutes left drawn in.
 */
export function createTrayIcons(options: { template: boolean }): TrayIcons {
  const cache = new Map<string, NativeImage>();
  return {
    image(state, minutesLeft) {
      const digits = options.template ? null : countdownText(minutesLeft);
      const key = `${state}:${digits ?? ''}`;
      let image = cache.get(key);
      if (!image) {
        const draw = (scale: number): Buffer => {
          const size = BASE_SIZE * scale;
          return encodePng(size, size, trayIconPixels(state, size, { template: options.template, minutesLeft }));
        };
        image = nativeImage.createFromBuffer(draw(SCALES[0]), { scaleFactor: SCALES[0] });
        for (const scale of SCALES.slice(1)) image.addRepresentation({ scaleFactor: scale, buffer: draw(scale) });
        if (options.template) image.setTemplateImage(true);
        cache.set(key, image);
      }
      return image;
    },
  };
}

/** Multiplies alpha by the part of each pixel outside the ring inner < distance < outer (anti-aliased). */
function cutAnnulus(pixels: Uint8Array, size: number, inner: number, outer: number): void {
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      const inside = (radius: number) => Math.max(0, Math.min(1, radius - distance + 0.5));
      const cut = inside(outer) - (inner > 0 ? inside(inner) : 0);
      const offset = (y * size + x) * 4 + 3;
      pixels[offset] = Math.round(pixels[offset]! * (1 - cut));
    }
  }
}

function scaleAlpha(pixels: Uint8Array, factor: number): void {
  for (let offset = 3; offset < pixels.length; offset += 4) pixels[offset] = Math.round(pixels[offset]! * factor);
}
