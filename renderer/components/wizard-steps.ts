import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { WizardStep, WizardView } from '../../preload/contract.js';

/** A wizard step's state in words (the icon next to it is decoration). */
export function wizardStepStateLabel(state: WizardStep['state']): string {
  switch (state) {
    case 'todo':
      return msg('To do');
    case 'current':
      return msg('Current step');
    case 'done':
      return msg('Done');
    case 'failed':
      return msg('Failed');
    case 'not-needed':
      return msg('Not needed');
  }
}

const ICONS: Record<WizardStep['state'], string> = { todo: '○', current: '●', done: '✓', failed: '✕', 'not-needed': '–' };

/** What the uninstall step's controls do; the wizard owns the calls. */
export interface UninstallControls {
  /** Whether "I have done this" can be ticked now (step 3 is the current step of a running wizard). */
  canConfirm: boolean;
  /** A call is running: the controls keep their focus but wait. */
  busy: boolean;
  openPage: (step: WizardStep) => void;
  setConfirmed: (confirmed: boolean) => void;
}

/** Styles of wizardStepsTemplate. */
export const wizardStepStyles = css`
  ol.steps {
    margin: var(--vmt-space-3) 0 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--vmt-space-3);
  }
  .step {
    display: grid;
    grid-template-columns: 1.3em 1fr;
    column-gap: var(--vmt-space-2);
  }
  .step > :not(.icon) {
    grid-column: 2;
  }
  .icon {
    grid-row: 1;
    text-align: center;
    font-weight: 700;
    color: var(--vmt-status-idle);
  }
  .step[data-state='current'] .icon {
    color: var(--vmt-accent);
  }
  .step[data-state='done'] .icon {
    color: var(--vmt-status-connected);
  }
  .step[data-state='failed'] .icon,
  .step[data-state='failed'] .state {
    color: var(--vmt-status-error);
  }
  .step-head {
    margin: 0;
    font-size: var(--vmt-font-size);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .step[data-state='todo'] .step-head,
  .step[data-state='not-needed'] .step-head {
    font-weight: 500;
  }
  .number {
    color: var(--vmt-text-muted);
  }
  .state {
    font-weight: 500;
    font-size: var(--vmt-font-size-small);
    color: var(--vmt-text-muted);
  }
  .instructions {
    margin: var(--vmt-space-1) 0 0;
    padding-inline-start: 1.3em;
    color: var(--vmt-text);
  }
  ul.instructions {
    list-style: none;
    padding-inline-start: 0;
  }
  .outcome {
    margin: var(--vmt-space-1) 0 0;
    padding: var(--vmt-space-1) var(--vmt-space-2);
    border-inline-start: 3px solid var(--vmt-divider);
    color: var(--vmt-text-muted);
    font-size: var(--vmt-font-size-small);
    overflow-wrap: anywhere;
  }
  .uninstall-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--vmt-space-2) var(--vmt-space-3);
    margin-top: var(--vmt-space-2);
  }
  .confirm {
    display: inline-flex;
    align-items: center;
    gap: var(--vmt-space-2);
    cursor: pointer;
  }
  .confirm input {
    margin: 0;
    accent-color: var(--vmt-accent);
  }
`;

/**
 * The wizard's four steps as an ordered list with stable numbers ("Step 1" … "Step 4"): each with its title, its
 * state (icon and word), its instructions (a numbered list for the uninstall step), and what it did. The uninstall
 * step also has the provider page's button and "I have done this".
 */
export function wizardStepsTemplate(view: WizardView, controls: UninstallControls): TemplateResult {
  return html`<ol class="steps" aria-label=${msg('Steps')}>
    ${repeat(
      view.steps,
      (step) => step.number,
      (step) => html`<li class="step" data-step=${step.number} data-key=${step.key} data-state=${step.state} aria-current=${step.state === 'current' ? 'step' : nothing}>
        <span class="icon" aria-hidden="true">${ICONS[step.state]}</span>
        <p class="step-head">
          <span class="number">${msg(str`Step ${step.number}`)}</span>
          <bdi class="title">${step.title}</bdi>
          <span class="state">(${wizardStepStateLabel(step.state)})</span>
        </p>
        ${instructionsTemplate(step)} ${step.key === 'uninstall' ? uninstallTemplate(step, controls) : nothing}
        ${step.outcome ? html`<p class="outcome"><bdi>${step.outcome}</bdi></p>` : nothing}
      </li>`,
    )}
  </ol>`;
}

function instructionsTemplate(step: WizardStep): TemplateResult | typeof nothing {
  if (step.instructions.length === 0) return nothing;
  const items = step.instructions.map((line) => html`<li><bdi>${line}</bdi></li>`);
  // The provider's own uninstall steps are done in order: numbered. A step's other lines are just lines.
  return step.key === 'uninstall' && step.page ? html`<ol class="instructions">${items}</ol>` : html`<ul class="instructions">${items}</ul>`;
}

function uninstallTemplate(step: WizardStep, controls: UninstallControls): TemplateResult | typeof nothing {
  const page = step.page;
  if (!page) return nothing;
  return html`<div class="uninstall-tools">
    <button type="button" class="button" data-action="open-page" aria-disabled=${controls.busy ? 'true' : 'false'} @click=${() => controls.openPage(step)}>
      ${page.label}
    </button>
    <label class="confirm"
      ><input
        type="checkbox"
        name="confirmed"
        .checked=${live(step.confirmed === true)}
        ?disabled=${!controls.canConfirm}
        aria-disabled=${controls.busy ? 'true' : 'false'}
        @click=${(event: Event) => {
          if (controls.busy) event.preventDefault();
        }}
        @change=${(event: Event) => controls.setConfirmed((event.target as HTMLInputElement).checked)}
      />
      ${msg('I have done this')}</label
    >
  </div>`;
}
