import type { TrayModel } from '../core/tray-model.js';

/** The tray icon and its menu; hosts without a tray keep the model for diagnostics. */
export interface TrayView {
  render(model: TrayModel): void;
}
