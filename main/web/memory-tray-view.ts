import type { TrayModel } from '../core/tray-model.js';
import type { TrayView } from '../ports/tray-view.js';

/** The browser host has no tray; it keeps the last model for diagnostics and tests. */
export class MemoryTrayView implements TrayView {
  last: TrayModel | undefined;

  render(model: TrayModel): void {
    this.last = model;
  }
}
