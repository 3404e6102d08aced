import { ICON_CANVAS, type Shape } from './icon-source.js';

/**
 * Renders shapes into a size×size RGBA buffer (straight alpha), anti-aliased by signed distance:
 * each shape covers a pixel by how far its centre lies inside the outline. Plain arithmetic and
 * Math.sqrt only, so the output is the same on every machine.
 */
export function rasterize(shapes: readonly Shape[], size: number, canvas = ICON_CANVAS): Uint8Array {
  if (!Number.isInteger(size) || size < 1) throw new Error(`rasterize: bad size ${size}`);
  const pixels = new Uint8Array(size * size * 4);
  const unit = canvas / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) * unit;
      const py = (y + 0.5) * unit;
      let alpha = 0;
      let red = 0;
      let green = 0;
      let blue = 0;
      for (const shape of shapes) {
        const coverage = clamp01(0.5 - signedDistance(shape, px, py) / unit);
        if (coverage === 0) continue;
        // Source over destination, colours premultiplied while compositing.
        const keep = 1 - coverage;
        red = shape.color[0] * coverage + red * keep;
        green = shape.color[1] * coverage + green * keep;
        blue = shape.color[2] * coverage + blue * keep;
        alpha = coverage + alpha * keep;
      }
      if (alpha === 0) continue;
      const offset = (y * size + x) * 4;
      pixels[offset] = Math.round(red / alpha);
      pixels[offset + 1] = Math.round(green / alpha);
      pixels[offset + 2] = Math.round(blue / alpha);
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

/** Distance from (px, py) to the shape's outline: negative inside, positive outside. */
export function signedDistance(shape: Shape, px: number, py: number): number {
  if (shape.kind === 'roundedRect') {
    const radius = Math.min(shape.radius, shape.width / 2, shape.height / 2);
    const qx = Math.abs(px - (shape.x + shape.width / 2)) - shape.width / 2 + radius;
    const qy = Math.abs(py - (shape.y + shape.height / 2)) - shape.height / 2 + radius;
    const outside = Math.sqrt(Math.max(qx, 0) ** 2 + Math.max(qy, 0) ** 2);
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  }
  // Convex polygon: the largest signed distance to an edge's line (exact along edges, close enough at corners).
  const points = shape.points;
  const clockwise = signedArea(points) > 0;
  let distance = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % points.length]!;
    const length = Math.sqrt((bx - ax) ** 2 + (by - ay) ** 2);
    const cross = ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / length;
    distance = Math.max(distance, clockwise ? -cross : cross);
  }
  return distance;
}

/** Twice the signed area in screen coordinates (y down): positive for clockwise points. */
function signedArea(points: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % points.length]!;
    sum += ax * by - bx * ay;
  }
  return sum;
}

function clamp01(value: number): number {
  return value <= 0 ? 0 : value >= 1 ? 1 : value;
}
