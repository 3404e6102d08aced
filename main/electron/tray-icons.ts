import { nativeImage, type NativeImage } from 'electron';
import type { TrayIconState } from '../core/tray-model.js';
import { drawDisc, encodePng } from './png.js';

const COLORS: Record<TrayIconState, readonly [number, number, number]> = {
  idle: [47, 111, 223],
  connecting: [208, 135, 0],
  attention: [208, 49, 45],
};

/** One tray image per icon state, drawn at runtime (16 px plus a 32 px @2x representation). */
export function createTrayIcons(): Record<TrayIconState, NativeImage> {
  const icon = (state: TrayIconState): NativeImage => {
    const image = nativeImage.createFromBuffer(encodePng(16, 16, drawDisc(16, COLORS[state])), { scaleFactor: 1 });
    image.addRepresentation({ scaleFactor: 2, buffer: encodePng(32, 32, drawDisc(32, COLORS[state])) });
    return image;
  };
  return { idle: icon('idle'), connecting: icon('connecting'), attention: icon('attention') };
}
