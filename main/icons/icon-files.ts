import { encodeIcns, encodeIco } from './icon-containers.js';
import { APP_ICON } from './icon-source.js';
import { encodePng } from './png.js';
import { rasterize } from './raster.js';

/** Where the icon files go, relative to the project (electron-builder's buildResources). */
export const ICON_DIR = 'main/electron/build-resources';
/** The Linux icon set's sizes (hicolor theme), written as icons/<n>x<n>.png. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** The sizes inside icon.ico (Windows picks per DPI; 256 is the installer's and Explorer's large icon). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** Every icon file electron-builder needs, rendered from APP_ICON: path under ICON_DIR → bytes. Deterministic. */
export function iconFiles(): Map<string, Buffer> {
  const pngs = new Map<number, Buffer>();
  const png = (size: number): Buffer => {
    let file = pngs.get(size);
    if (!file) {
      file = encodePng(size, size, rasterize(APP_ICON, size), 9);
      pngs.set(size, file);
    }
    return file;
  };
  const files = new Map<string, Buffer>();
  files.set('icon.png', png(1024));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, png(size));
  files.set('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  files.set('icon.icns', encodeIcns(png));
  return files;
}
