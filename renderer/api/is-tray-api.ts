import { API_CALL_NAMES, type TrayApi } from '../../preload/contract.js';

/** True when a host-provided value has every call of the contract and `on`. */
export function isTrayApi(value: unknown): value is TrayApi {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.on === 'function' && API_CALL_NAMES.every((name) => typeof record[name] === 'function');
}
