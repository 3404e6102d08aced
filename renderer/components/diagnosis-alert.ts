import { html, type TemplateResult } from 'lit';
import type { Diagnosis } from '../../preload/contract.js';

/** A connection's diagnosis as an inline alert (styles: `alerts`): the cause, and the remedy under it. */
export function diagnosisAlertTemplate(diagnosis: Diagnosis): TemplateResult {
  return html`<div class="alert diagnosis" role="alert" data-kind=${diagnosis.kind}>
    <bdi class="alert-message cause">${diagnosis.cause}</bdi>
    <bdi class="alert-remedy remedy">${diagnosis.remedy}</bdi>
  </div>`;
}
