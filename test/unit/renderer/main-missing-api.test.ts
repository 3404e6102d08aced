// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { API_KEY } from '../../../preload/contract.js';

it('main.ts explains how to open the page when no host API is present', async () => {
  // Not a TrayApi: a partial object must not be taken for one.
  Object.defineProperty(window, API_KEY, { configurable: true, value: { getAppInfo: () => undefined } });
  document.body.innerHTML = '<vmt-app></vmt-app>';

  await import('../../../renderer/main.js');

  expect(document.querySelector('vmt-app')).toBeNull();
  const message = document.querySelector('[role="alert"]');
  expect(message?.textContent?.replace(/\s+/g, ' ')).toContain(
    'This page must be opened from the app: run npm start and open the address it prints',
  );
});
