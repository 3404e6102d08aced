// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../preload/contract.js';
import { isTrayApi } from '../../../renderer/api/is-tray-api.js';
import { safeCall } from '../../../renderer/api/safe-call.js';
import { MemoryTrayApi } from './support/memory-tray-api.js';

describe('isTrayApi', () => {
  it('accepts an object with every call and on()', () => {
    expect(isTrayApi(new MemoryTrayApi())).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isTrayApi(undefined)).toBe(false);
    expect(isTrayApi('api')).toBe(false);
    expect(isTrayApi({ getAppInfo() {}, on() {} })).toBe(false);
  });
});

describe('safeCall', () => {
  it('passes Results through', async () => {
    await expect(safeCall(async (): Promise<Result<number>> => ({ ok: true, value: 1 }))).resolves.toEqual({ ok: true, value: 1 });
  });

  it('turns a throw, a rejection or a non-Result into a generic internal error', async () => {
    const broken = [
      () => {
        throw new Error('boom');
      },
      () => Promise.reject(new Error('boom')),
      () => Promise.resolve('nonsense' as unknown as Result<number>),
      () => Promise.resolve({ ok: true } as unknown as Result<number>),
    ];
    for (const call of broken) {
      const result = await safeCall<number>(call);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('internal');
        expect(result.error.message).not.toContain('boom');
      }
    }
  });
});
