/** Screen geometry in DIPs, shaped like Electron's Rectangle/Point/Size (kept Electron-free for tests). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

export interface PopoverPlacementInput {
  size: Size;
  /** The display's work area (screen minus menu bar, taskbar, docks). */
  workArea: Rect;
  /** The tray icon's bounds; null or empty where the platform cannot tell (Linux). */
  trayBounds?: Rect | null;
  /** The cursor, used to pick a corner when there are no tray bounds. */
  cursor?: Point | null;
  /** Gap between the popover and the tray icon or the screen edge. */
  margin?: number;
}

/**
 * Where the popover's top-left corner goes: next to the tray icon (below a top bar, above a bottom
 * bar, beside a side bar), else in the work-area corner nearest the cursor; always inside the work area.
 */
export function popoverPosition(input: PopoverPlacementInput): Point {
  const { size, workArea, trayBounds, cursor } = input;
  const margin = input.margin ?? 4;
  const position = hasArea(trayBounds) ? besideTray(trayBounds, size, workArea, margin) : nearCorner(cursor, size, workArea, margin);
  return {
    x: clamp(Math.round(position.x), workArea.x, workArea.x + workArea.width - size.width),
    y: clamp(Math.round(position.y), workArea.y, workArea.y + workArea.height - size.height),
  };
}

function besideTray(tray: Rect, size: Size, area: Rect, margin: number): Point {
  const centerX = tray.x + tray.width / 2;
  const centerY = tray.y + tray.height / 2;
  if (tray.x + tray.width <= area.x) return { x: area.x + margin, y: centerY - size.height / 2 };
  if (tray.x >= area.x + area.width) return { x: area.x + area.width - size.width - margin, y: centerY - size.height / 2 };
  const inTopHalf = centerY < area.y + area.height / 2;
  return {
    x: centerX - size.width / 2,
    y: inTopHalf ? tray.y + tray.height + margin : tray.y - size.height - margin,
  };
}

function nearCorner(cursor: Point | null | undefined, size: Size, area: Rect, margin: number): Point {
  const right = cursor ? cursor.x >= area.x + area.width / 2 : true;
  const bottom = cursor ? cursor.y >= area.y + area.height / 2 : false;
  return {
    x: right ? area.x + area.width - size.width - margin : area.x + margin,
    y: bottom ? area.y + area.height - size.height - margin : area.y + margin,
  };
}

function hasArea(rect: Rect | null | undefined): rect is Rect {
  return !!rect && rect.width > 0 && rect.height > 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
