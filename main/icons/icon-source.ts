/**
 * The app's one icon description, shared by the icon script (npm run icons) and the tray at run time:
 * the app icon as shapes on a 1024-unit canvas, and the colours the tray icons are drawn in.
 */
import type { TrayIconState } from '../core/tray-model.js';
import type { Rgb } from './png.js';

/** The brand colour: the app icon's tile and the tray's idle disc. */
export const BRAND_BLUE: Rgb = [47, 111, 223];
const WHITE: Rgb = [255, 255, 255];

/** A filled shape; polygons must be convex. Coordinates are in units of ICON_CANVAS. */
export type Shape =
  | { kind: 'roundedRect'; x: number; y: number; width: number; height: number; radius: number; color: Rgb }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[]; color: Rgb };

/** The side of the square the shapes are drawn on. */
export const ICON_CANVAS = 1024;

/** The app icon: a white video camera on a blue rounded tile (macOS's 1024 grid, with a margin for every platform). */
export const APP_ICON: readonly Shape[] = [
  { kind: 'roundedRect', x: 64, y: 64, width: 896, height: 896, radius: 200, color: BRAND_BLUE },
  { kind: 'roundedRect', x: 208, y: 344, width: 456, height: 336, radius: 60, color: WHITE },
  {
    kind: 'polygon',
    points: [
      [696, 456],
      [824, 372],
      [824, 652],
      [696, 568],
    ],
    color: WHITE,
  },
];

/** Disc colour per tray state (Windows and Linux). 'connecting' is grey so it never reads as 'soon' (amber). */
export const TRAY_COLORS: Readonly<Record<TrayIconState, Rgb>> = {
  idle: BRAND_BLUE,
  connecting: [112, 120, 132],
  attention: [208, 49, 45],
  soon: [240, 160, 0],
  live: [30, 150, 70],
};

/** Countdown digit colour per tray state: dark on amber (white on amber is hard to read), white elsewhere. */
export const TRAY_DIGIT_INK: Readonly<Record<TrayIconState, Rgb>> = {
  idle: WHITE,
  connecting: WHITE,
  attention: WHITE,
  soon: [28, 28, 28],
  live: WHITE,
};

/** The rim drawn around the tray disc on dark panels, so dark discs (grey, blue) stand out there. */
export const TRAY_DARK_PANEL_RIM: Rgb = [236, 238, 242];
