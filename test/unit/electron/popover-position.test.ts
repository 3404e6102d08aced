import { describe, expect, it } from 'vitest';
import { popoverPosition } from '../../../main/electron/popover-position.js';

const size = { width: 380, height: 520 };
const screen1080 = { x: 0, y: 0, width: 1920, height: 1080 };

describe('popoverPosition', () => {
  it('puts the popover below a tray icon in a top bar (macOS, GNOME), centred on the icon', () => {
    const workArea = { x: 0, y: 25, width: 1920, height: 1055 };
    expect(popoverPosition({ size, workArea, trayBounds: { x: 1500, y: 0, width: 22, height: 24 } })).toEqual({ x: 1321, y: 28 });
  });

  it('puts the popover above a tray icon in a bottom taskbar (Windows, KDE)', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const position = popoverPosition({ size, workArea, trayBounds: { x: 1700, y: 1045, width: 24, height: 30 } });
    expect(position).toEqual({ x: 1522, y: 1040 - 520 });
  });

  it('keeps a popover for an icon at the screen edge inside the work area', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(popoverPosition({ size, workArea, trayBounds: { x: 1900, y: 1045, width: 20, height: 30 } }).x).toBe(1920 - 380);
    expect(popoverPosition({ size, workArea: { ...workArea, y: 30 }, trayBounds: { x: 2, y: 0, width: 20, height: 28 } })).toEqual({ x: 0, y: 32 });
  });

  it('puts the popover beside a tray in a side taskbar', () => {
    const workArea = { x: 60, y: 0, width: 1860, height: 1080 };
    expect(popoverPosition({ size, workArea, trayBounds: { x: 10, y: 1000, width: 40, height: 40 } })).toEqual({ x: 64, y: 1080 - 520 });
  });

  it('without tray bounds (Linux), uses the work-area corner nearest the cursor', () => {
    const workArea = { x: 0, y: 32, width: 1920, height: 1048 };
    expect(popoverPosition({ size, workArea, trayBounds: null, cursor: { x: 1800, y: 10 } })).toEqual({ x: 1536, y: 36 });
    expect(popoverPosition({ size, workArea, trayBounds: null, cursor: { x: 1800, y: 1070 } })).toEqual({ x: 1536, y: 1080 - 520 - 4 });
    expect(popoverPosition({ size, workArea, trayBounds: null, cursor: { x: 20, y: 1070 } })).toEqual({ x: 4, y: 556 });
  });

  it('treats empty bounds as no bounds and defaults to the top-right corner', () => {
    expect(popoverPosition({ size, workArea: screen1080, trayBounds: { x: 0, y: 0, width: 0, height: 0 } })).toEqual({ x: 1536, y: 4 });
  });

  it('works on a secondary display with a negative origin', () => {
    const workArea = { x: -1280, y: 0, width: 1280, height: 1024 };
    expect(popoverPosition({ size, workArea, cursor: { x: -10, y: 5 } })).toEqual({ x: -384, y: 4 });
  });

  it('pins a popover larger than the work area to its top-left corner', () => {
    const workArea = { x: 100, y: 50, width: 300, height: 400 };
    expect(popoverPosition({ size, workArea, trayBounds: { x: 380, y: 0, width: 20, height: 20 } })).toEqual({ x: 100, y: 50 });
  });

  it('always lands inside the work area', () => {
    const workArea = { x: 0, y: 25, width: 1440, height: 875 };
    for (let x = -50; x <= 1500; x += 97) {
      for (let y = -30; y <= 930; y += 61) {
        const p = popoverPosition({ size, workArea, trayBounds: { x, y, width: 22, height: 22 }, cursor: { x, y } });
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeGreaterThanOrEqual(25);
        expect(p.x + size.width).toBeLessThanOrEqual(1440);
        expect(p.y + size.height).toBeLessThanOrEqual(900);
      }
    }
  });
});
