import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RepairProgress, RepairStep } from '../../preload/contract.js';
import { PanelRequestEvent } from '../events/panel-request.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';

/** A repair step's state in words (the icon next to it is decoration). */
export function repairStepStateLabel(state: RepairStep['state']): string {
  switch (state) {
    case 'pending':
      return msg('Waiting');
    case 'running':
      return msg('In progress');
    case 'done':
      return msg('Done');
    case 'skipped':
      return msg('Skipped');
    case 'failed':
      return msg('Failed');
  }
}

const ICONS: Record<RepairStep['state'], string> = { pending: '○', running: '◐', done: '✓', skipped: '–', failed: '✕' };

/**
 * A repair's steps as an ordered list, each with its title, its state (icon and word) and what it did; the latest
 * change is announced politely to screen readers. When the repair has ended, Close asks the owner (the card) to
 * dismiss it with a `dismiss` PanelRequestEvent.
 */
@localized()
@customElement('vmt-repair-progress')
export class RepairProgressView extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    css`
      :host {
        display: block;
      }
      .head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--vmt-space-2);
      }
      h4 {
        margin: 0;
        font-size: var(--vmt-font-size);
        font-weight: 600;
      }
      ol {
        margin: var(--vmt-space-2) 0 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-1);
      }
      li {
        display: grid;
        grid-template-columns: 1.2em 1fr auto;
        column-gap: var(--vmt-space-2);
        align-items: baseline;
      }
      .icon {
        text-align: center;
        font-weight: 700;
        color: var(--vmt-status-idle);
      }
      li[data-state='running'] .icon {
        color: var(--vmt-status-connecting);
      }
      li[data-state='done'] .icon {
        color: var(--vmt-status-connected);
      }
      li[data-state='failed'] .icon,
      li[data-state='failed'] .state {
        color: var(--vmt-status-error);
      }
      .title {
        min-width: 0;
        overflow-wrap: anywhere;
      }
      li[data-state='pending'] .title {
        color: var(--vmt-text-muted);
      }
      .state {
        font-size: var(--vmt-font-size-small);
        color: var(--vmt-text-muted);
        white-space: nowrap;
      }
      .detail {
        grid-column: 2 / -1;
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
        overflow-wrap: anywhere;
      }
      .button {
        min-height: 24px;
        padding: 2px 10px;
        font-size: var(--vmt-font-size-small);
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  /** The repair to show. */
  @property({ attribute: false })
  progress: RepairProgress | undefined;

  /** The connection's title, for the announcements. */
  @property()
  connectionTitle = '';

  /** The latest change in words, for screen readers. */
  @state()
  private announcement = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('progress')) this.announcement = this.describeChange(changed.get('progress'), this.progress);
  }

  override render(): TemplateResult | typeof nothing {
    const progress = this.progress;
    if (!progress) return nothing;
    return html`<section class="repair" aria-labelledby="repair-heading" data-state=${progress.state} @keydown=${this.onKeydown}>
      <div class="head">
        <h4 id="repair-heading">${this.heading(progress)}</h4>
        ${progress.state === 'running'
          ? nothing
          : html`<button type="button" class="button" data-action="dismiss-repair" @click=${() => this.dispatchEvent(new PanelRequestEvent('dismiss'))}>
              ${msg('Close')}
            </button>`}
      </div>
      <ol aria-label=${msg('Repair steps')}>
        ${repeat(
          progress.steps,
          (step) => step.id,
          (step) => html`<li data-step=${step.id} data-state=${step.state}>
            <span class="icon" aria-hidden="true">${ICONS[step.state]}</span>
            <bdi class="title">${step.title}</bdi>
            <span class="state">${repairStepStateLabel(step.state)}</span>
            ${step.detail ? html`<bdi class="detail">${step.detail}</bdi>` : nothing}
          </li>`,
        )}
      </ol>
      ${progress.state === 'failed' && progress.error ? alertTemplate(progress.error) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  /** Escape is Close, once the repair has ended. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || this.progress?.state === 'running') return;
    event.preventDefault();
    event.stopPropagation();
    this.dispatchEvent(new PanelRequestEvent('dismiss'));
  };

  private heading(progress: RepairProgress): string {
    switch (progress.state) {
      case 'running':
        return msg('Repairing…');
      case 'done':
        return msg('Repair finished');
      case 'failed':
        return msg('Repair did not finish');
    }
  }

  /** What changed between two progress reports, in one sentence (the last step that changed, or the end). */
  private describeChange(before: RepairProgress | undefined, after: RepairProgress | undefined): string {
    if (!after) return '';
    // The same report said again in another language is no news: nothing to announce.
    if (before?.id === after.id && before.state === after.state && after.state !== 'running') return this.announcement;
    const title = this.connectionTitle;
    if (after.state === 'done') return title ? msg(str`Repair finished: ${title} is connected again.`) : msg('Repair finished.');
    if (after.state === 'failed') return after.error ? msg(str`Repair did not finish: ${after.error.message}`) : msg('Repair did not finish.');
    const previous = new Map((before?.id === after.id ? before.steps : []).map((step) => [step.id, step.state]));
    const changed = after.steps.filter((step) => previous.get(step.id) !== step.state && step.state !== 'pending');
    const last = changed.at(-1);
    if (!last) return this.announcement;
    return msg(str`${last.title}: ${repairStepStateLabel(last.state)}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-repair-progress': RepairProgressView;
  }
}
