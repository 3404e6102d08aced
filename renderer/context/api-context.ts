import { createContext } from '@lit/context';
import type { TrayApi } from '../../preload/contract.js';

/** Context through which the one TrayApi object reaches every component. */
export const apiContext = createContext<TrayApi>(Symbol('tray-api'));
