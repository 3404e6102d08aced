import { nativeImage, type NativeImage } from 'electron';
import type { TrayIconState } from '../core/tray-model.js';
import { TRAY_COLORS, TRAY_DARK_PANEL_RIM, TRAY_DIGIT_INK } from '../icons/icon-source.js';
import { discRadius, drawDisc, drawText, encodePng } from '../icons/png.js';

export { TRAY_COLORS };

/** Which panel the icons are drawn for: macOS template images, or colour discs for a light or a dark panel. */
export type TrayIconVariant = 'template' | 'light-panel' | 'dark-panel';

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
export function trayIconPixels(state: TrayIconState, size: number, options: { template: boolean; minutesLeft?: number; darkPanel?: boolean }): Uint8Array {
  const scale = size / BASE_SIZE;
  if (!options.template) {
    const digits = countdownText(options.minutesLeft);
    const pixels = drawDisc(size, TRAY_COLORS[state], { centreDot: digits === null });
    if (digits !== null) drawText(pixels, size, digits, [...TRAY_DIGIT_INK[state], 255], scale);
    if (options.darkPanel) drawRim(pixels, size, TRAY_DARK_PANEL_RIM);
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
 * Creates the tray images. 'template' (macOS): black-and-alpha template images the menu bar tints for
 * light and dark mode; elsewhere coloured discs with the minutes left drawn in, rimmed on dark panels.
 */
export function createTrayIcons({ variant }: { variant: TrayIconVariant }): TrayIcons {
  const cache = new Map<string, NativeImage>();
  const template = variant === 'template';
  const darkPanel = variant === 'dark-panel';
  return {
    image(state, minutesLeft) {
      const digits = template ? null : countdownText(minutesLeft);
      const key = `${state}:${digits ?? ''}`;
      let image = cache.get(key);
      if (!image) {
        const draw = (scale: number): Buffer => {
          const size = BASE_SIZE * scale;
          return encodePng(size, size, trayIconPixels(state, size, { template, minutesLeft, darkPanel }));
        };
        image = nativeImage.createFromBuffer(draw(SCALES[0]), { scaleFactor: SCALES[0] });
        for (const scale of SCALES.slice(1)) image.addRepresentation({ scaleFactor: scale, buffer: draw(scale) });
        if (template) image.setTemplateImage(true);
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

/** Paints an anti-aliased ring just outside the disc (between its radius and the icon's edge), under nothing. */
function drawRim(pixels: Uint8Array, size: number, color: readonly [number, number, number]): void {
  const inner = discRadius(size);
  const outer = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      const ring = Math.max(0, Math.min(1, outer - distance + 0.5)) * Math.max(0, Math.min(1, distance - inner + 0.5));
      const offset = (y * size + x) * 4;
      const alpha = pixels[offset + 3]! / 255;
      // The rim goes behind the disc: only where the disc leaves transparency.
      const add = ring * (1 - alpha);
      if (add <= 0) continue;
      const total = alpha + add;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round((pixels[offset + c]! * alpha + color[c]! * add) / total);
      pixels[offset + 3] = Math.round(total * 255);
    }
  }
}

function scaleAlpha(pixels: Uint8Array, factor: number): void {
  for (let offset = 3; offset < pixels.length; offset += 4) pixels[offset] = Math.round(pixels[offset]! * factor);
}
