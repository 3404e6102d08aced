import type { LocaleCode } from '../../../../preload/contract.js';
import { getLocale } from '../../../../renderer/localization/localization.js';
import { settle } from './dom.js';

/** Waits until the page's texts are in `code` (its translations load lazily) and the app has re-rendered. */
export async function untilLocale(app: Parameters<typeof settle>[0], code: LocaleCode, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (getLocale() !== code) {
    if (Date.now() > deadline) throw new Error(`the language is still ${getLocale()}, not ${code}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await settle(app);
}
