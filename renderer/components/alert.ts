import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../preload/contract.js';

/** An inline error (styles: `alerts`): the message, and the remedy under it. Text only, isolated for bidi. */
export function alertTemplate(error: ApiError): TemplateResult {
  return html`<div class="alert" role="alert">
    <bdi class="alert-message">${error.message}</bdi>
    ${error.remedy ? html`<bdi class="alert-remedy">${error.remedy}</bdi>` : nothing}
  </div>`;
}
