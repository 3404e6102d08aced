import { msg } from '@lit/localize';
import type { ApiError } from '../../preload/contract.js';

/** Puts text on the clipboard; false when the clipboard refuses (denied, or none), so the text can be shown to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Nothing of the text is logged.
    return false;
  }
}

/** The error shown next to the read-only copy of a text the clipboard refused. */
export function clipboardRefusedError(): ApiError {
  return { code: 'internal', message: msg('The clipboard could not be used.'), remedy: msg('Select the text below and copy it yourself.') };
}
