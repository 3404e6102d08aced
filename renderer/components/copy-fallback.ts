import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';

/** Styles of copyFallbackTemplate. */
export const copyFallbackStyles = css`
  .copy-fallback {
    box-sizing: border-box;
    width: 100%;
    margin: var(--vmt-space-1) 0 0;
    font: inherit;
    font-size: var(--vmt-font-size-small);
  }
`;

/** A read-only text area with a text the clipboard refused, for the user to select and copy by hand. */
export function copyFallbackTemplate(text: string, rows = 3): TemplateResult {
  return html`<textarea class="copy-fallback" readonly rows=${rows} aria-label=${msg('Copy this text')} .value=${text}></textarea>`;
}
