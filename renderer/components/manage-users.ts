import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError, RemovalResult, TrayApi, UserConfiguration } from '../../preload/contract.js';
import { configurationKey, toConfigurationRef } from '../api/configuration-ref.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { FormatSettingsController } from '../controllers/format-settings-controller.js';
import { UserConfigurationsController } from '../controllers/user-configurations-controller.js';
import type { PanelRequestEvent } from '../events/panel-request.js';
import { matchesUserSearch } from '../format/user-search.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';
import type { ConfirmRemovalDialog, ConfirmRemovalRequest } from './confirm-removal-dialog.js';
import './confirm-removal-dialog.js';
import { userTableStyles, userTableTemplate } from './user-configurations-table.js';

/**
 * The administrator's Manage users view: every associate's video-meeting configuration (listUserConfigurations,
 * loaded when the view opens and on Refresh), a search by associate ID or name, and "Remove configuration" for the
 * selected rows, confirmed in a dialog. Each removal's outcome is listed (a live region), then the list reloads.
 * The core checks the administrator right again; a refusal (not_allowed) is shown like any other error.
 */
@localized()
@customElement('vmt-manage-users')
export class ManageUsers extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    userTableStyles,
    css`
      :host {
        display: block;
      }
      .manage {
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-3);
      }
      .search {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--vmt-space-2);
      }
      .field {
        flex: 1 1 12em;
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      label {
        font-size: var(--vmt-font-size-small);
        font-weight: 600;
      }
      input[type='search'] {
        font: inherit;
        min-height: 28px;
        padding: 2px var(--vmt-space-2);
        border: 1px solid var(--vmt-button-border);
        border-radius: var(--vmt-radius-control);
        background: var(--vmt-surface);
        color: var(--vmt-text);
      }
      .muted,
      .note,
      .empty {
        margin: 0;
        color: var(--vmt-text-muted);
      }
      .note,
      .muted {
        font-size: var(--vmt-font-size-small);
      }
      .empty {
        padding: var(--vmt-space-3) 0;
        text-align: center;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vmt-space-2) var(--vmt-space-3);
      }
      .toolbar .select-all {
        display: inline-flex;
        align-items: center;
        gap: var(--vmt-space-1);
        font-weight: 500;
        font-size: var(--vmt-font-size);
      }
      .toolbar .button.primary {
        margin-inline-start: auto;
      }
      .results:empty {
        display: none;
      }
      .results h4 {
        margin: 0;
        font-size: var(--vmt-font-size);
        font-weight: 600;
      }
      .results h4:focus {
        outline: none;
      }
      .results h4:focus-visible {
        outline: 2px solid var(--vmt-focus);
        outline-offset: 2px;
      }
      .results ul {
        margin: var(--vmt-space-1) 0 0;
        padding-inline-start: 1.2em;
      }
      .results li {
        overflow-wrap: anywhere;
      }
      .outcome {
        font-weight: 600;
      }
    `,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  @state()
  private search = '';

  /** Keys (configurationKey) of the selected rows; kept across searches, pruned when the list changes. */
  @state()
  private selected: ReadonlySet<string> = new Set();

  /** The removal call is running. */
  @state()
  private removing = false;

  /** Why the last removal failed as a whole. */
  @state()
  private failure: ApiError | undefined;

  /** The outcome of the last removal, one per configuration. */
  @state()
  private results: readonly RemovalResult[] = [];

  /** The configurations the confirmation dialog asks about (fixed while it is open). */
  @state()
  private confirming: readonly UserConfiguration[] = [];

  @state()
  private announcement = '';

  @query('vmt-confirm-removal')
  private dialog!: ConfirmRemovalDialog | null;

  @query('button[data-action="remove"]')
  private removeButton!: HTMLButtonElement | null;

  @query('.results h4')
  private resultsHeading!: HTMLElement | null;

  private readonly list = new UserConfigurationsController(this, () => this.api);
  /** The list's dates follow the chosen clock and formats. */
  protected readonly formats = new FormatSettingsController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Drop selections the list no longer offers (gone, or already requested since).
    const selectable = new Set(this.items.filter((item) => !item.removalRequested).map(configurationKey));
    if ([...this.selected].some((key) => !selectable.has(key))) {
      this.selected = new Set([...this.selected].filter((key) => selectable.has(key)));
    }
  }

  override render(): TemplateResult {
    const view = this.list.view;
    const shown = this.items.filter((item) => matchesUserSearch(item, this.search));
    return html`<div class="manage" aria-busy=${this.busy ? 'true' : 'false'}>
      <div class="search">
        <div class="field">
          <label for="user-search">${msg('Search by associate ID or name')}</label>
          <input
            id="user-search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this.search)}
            @input=${(event: Event) => this.onSearch((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="button" class="button" data-action="refresh" aria-disabled=${this.busy || !this.api ? 'true' : 'false'} @click=${() => void this.refresh()}>
          ${this.list.loading ? msg('Refreshing…') : msg('Refresh')}
        </button>
      </div>
      ${this.list.error ? alertTemplate(this.list.error) : nothing} ${this.failure ? alertTemplate(this.failure) : nothing}
      ${view && view.unreadable > 0 ? html`<p class="note">${unreadableNote(view.unreadable)}</p>` : nothing}
      ${this.renderList(shown)}
      <div class="results" role="status" aria-live="polite">${this.results.length ? this.renderResults() : nothing}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      <vmt-confirm-removal .items=${this.confirming} @vmt-panel-request=${this.onConfirm}></vmt-confirm-removal>
    </div>`;
  }

  private get items(): readonly UserConfiguration[] {
    return this.list.view?.items ?? [];
  }

  private get busy(): boolean {
    return this.removing || this.list.loading;
  }

  private renderList(shown: readonly UserConfiguration[]): TemplateResult | typeof nothing {
    const view = this.list.view;
    if (!view) return this.list.loading ? html`<p class="muted" role="status">${msg('Loading users…')}</p>` : nothing;
    if (view.items.length === 0) return html`<p class="empty">${msg('No user has a video-meeting configuration yet.')}</p>`;
    const filtering = this.search.trim() !== '';
    return html`${filtering
        ? html`<p class="muted" data-role="shown-count">${msg(str`${shown.length} of ${view.items.length} configurations shown.`)}</p>`
        : nothing}
      ${shown.length
        ? userTableTemplate(shown, { selected: this.selected, busy: this.busy, toggle: (item, on) => this.toggle([item], on) })
        : html`<p class="empty">${msg(str`No configuration matches “${this.search.trim()}”.`)}</p>`}
      ${this.renderToolbar(shown)}`;
  }

  private renderToolbar(shown: readonly UserConfiguration[]): TemplateResult {
    const selectable = shown.filter((item) => !item.removalRequested);
    const chosen = selectable.filter((item) => this.selected.has(configurationKey(item)));
    const all = selectable.length > 0 && chosen.length === selectable.length;
    const count = this.selected.size;
    return html`<div class="toolbar">
      <label class="select-all">
        <input
          type="checkbox"
          data-action="select-all"
          .checked=${live(all)}
          .indeterminate=${chosen.length > 0 && !all}
          ?disabled=${selectable.length === 0 || this.busy}
          @change=${(event: Event) => this.toggle(selectable, (event.target as HTMLInputElement).checked)}
        />
        ${msg('Select all shown')}
      </label>
      <span class="muted" data-role="selected-count">${count === 1 ? msg('1 selected') : msg(str`${count} selected`)}</span>
      <button
        type="button"
        class="button primary"
        data-action="remove"
        aria-disabled=${count === 0 || this.busy || !this.api ? 'true' : 'false'}
        @click=${() => void this.openConfirm()}
      >
        ${this.removing ? msg('Removing…') : msg('Remove configuration')}
      </button>
    </div>`;
  }

  private renderResults(): TemplateResult {
    return html`<h4 tabindex="-1">${msg('Removal requests')}</h4>
      <ul>
        ${repeat(
          this.results,
          (result) => configurationKey(result),
          (result) => html`<li data-outcome=${result.outcome}><span class="outcome">${outcomeLabel(result.outcome)}:</span> <bdi>${result.message}</bdi></li>`,
        )}
      </ul>`;
  }

  private toggle(items: readonly UserConfiguration[], on: boolean): void {
    if (this.busy) return;
    const next = new Set(this.selected);
    for (const item of items) {
      if (item.removalRequested) continue;
      if (on) next.add(configurationKey(item));
      else next.delete(configurationKey(item));
    }
    this.selected = next;
  }

  private onSearch(search: string): void {
    this.search = search;
    const total = this.items.length;
    const shown = this.items.filter((item) => matchesUserSearch(item, search)).length;
    this.announcement = search.trim() && total ? msg(str`${shown} of ${total} configurations shown.`) : '';
  }

  private async refresh(): Promise<void> {
    if (this.busy || !this.api) return;
    this.failure = undefined;
    this.results = [];
    this.announcement = '';
    await this.list.reload();
    if (!this.list.error) this.announcement = listedAnnouncement(this.items.length);
  }

  private async openConfirm(): Promise<void> {
    if (this.busy || !this.api) return;
    const chosen = this.items.filter((item) => this.selected.has(configurationKey(item)));
    if (chosen.length === 0) return;
    this.confirming = chosen;
    await this.updateComplete;
    await this.dialog?.show();
  }

  private readonly onConfirm = (event: PanelRequestEvent<ConfirmRemovalRequest>): void => {
    const chosen = this.confirming;
    if (event.request === 'confirm' && chosen.length) void this.requestRemoval(chosen);
    else this.removeButton?.focus();
  };

  /** Asks the users' apps to remove the configurations, lists each outcome, reloads the list, focuses the outcome. */
  private async requestRemoval(chosen: readonly UserConfiguration[]): Promise<void> {
    const api = this.api;
    if (!api || this.busy) return;
    this.removing = true;
    this.failure = undefined;
    this.results = [];
    this.announcement = '';
    try {
      const result = await safeCall(() => api.removeUserConfigurations(chosen.map(toConfigurationRef)));
      if (!result.ok) {
        this.failure = result.error;
        return;
      }
      this.results = result.value;
      this.selected = new Set();
    } finally {
      this.removing = false;
    }
    await this.list.reload();
    await this.updateComplete;
    this.resultsHeading?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-manage-users': ManageUsers;
  }
}

/** "1 marker could not be read…" / "N markers could not be read…". */
function unreadableNote(count: number): string {
  return count === 1
    ? msg('1 marker could not be read and is not listed.')
    : msg(str`${count} markers could not be read and are not listed.`);
}

function listedAnnouncement(count: number): string {
  return count === 1 ? msg('List updated: 1 configuration.') : msg(str`List updated: ${count} configurations.`);
}

function outcomeLabel(outcome: RemovalResult['outcome']): string {
  switch (outcome) {
    case 'requested':
      return msg('Requested');
    case 'already-requested':
      return msg('Already requested');
    case 'not-found':
      return msg('Not found');
    case 'failed':
      return msg('Failed');
  }
}
