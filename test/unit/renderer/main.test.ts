// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { API_KEY } from '../../../preload/contract.js';
import { MemoryTrayApi } from './support/memory-tray-api.js';
import { cards, settle } from './support/dom.js';

it('main.ts reads window[API_KEY] once and hands it to <vmt-app>', async () => {
  const api = new MemoryTrayApi();
  let reads = 0;
  Object.defineProperty(window, API_KEY, {
    configurable: true,
    get: () => {
      reads++;
      return api;
    },
  });
  document.body.innerHTML = '<vmt-app></vmt-app>';

  await import('../../../renderer/main.js');
  const app = document.querySelector('vmt-app')!;
  await settle(app);

  expect(reads).toBe(1);
  expect(app.api).toBe(api);
  expect(api.callsOf('getAppInfo')).toHaveLength(1);
  expect(cards(app)).toHaveLength(1);
});
