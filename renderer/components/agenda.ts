import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AgendaItem, AgendaView, ApiError, InvitationStatus, JoinOption, TrayApi } from '../../preload/contract.js';
import { closeOnEscape } from '../a11y/close-on-escape.js';
import { agendaChangeAnnouncement, dueReminders, reminderAnnouncement } from '../announcements/agenda-announcement.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { AgendaController } from '../controllers/agenda-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import { LiveValueController } from '../controllers/live-value-controller.js';
import { FormatSettingsController } from '../controllers/format-settings-controller.js';
import { ShowSettingsEvent } from '../events/show-settings.js';
import { countdown, dayLabel, emptyAgendaText, groupByDay, refreshedAt, timeRange } from '../format/agenda.js';
import { parseTimestamp } from '../format/time.js';
import { formatSettings } from '../localization/format-settings.js';
import { getLocale } from '../localization/localization.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import './video-actions.js';
import { alertTemplate } from './alert.js';
import { serviceIcon } from './service-icon.js';

/** How an invitation reads next to the title; nothing for the user's own and accepted ones. */
function invitationLabel(invitation: InvitationStatus): string | undefined {
  switch (invitation) {
    case 'tentative':
      return msg('Tentative');
    case 'not-answered':
      return msg('Not answered');
    case 'declined':
      return msg('Declined');
    default:
      return undefined;
  }
}

/** The host of a link, for "More links" (the full link may carry a passcode). */
function linkHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Which Join button: the item's key, plus the alternative's index. */
const joinId = (key: string, alternative?: number): string => (alternative === undefined ? key : `${key}#${alternative}`);

/**
 * The agenda: upcoming diary appointments grouped by day, each with its time, title, company and contact,
 * the meeting service and a Join button. Shows the agenda's state (signed out, loading, empty, stale with
 * the reason and remedy) and announces updates and meetings that start in a polite live region.
 */
@localized()
@customElement('vmt-agenda')
export class Agenda extends LitElement {
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
        margin-bottom: var(--vmt-space-2);
      }
      h2 {
        margin: 0;
        font-size: var(--vmt-font-size-small);
        font-weight: 650;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--vmt-text-muted);
      }
      .small {
        min-height: 24px;
        padding: 2px 10px;
        font-size: var(--vmt-font-size-small);
      }
      .alert,
      .banner {
        margin-bottom: var(--vmt-space-2);
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--vmt-space-2);
        padding: var(--vmt-space-2) var(--vmt-space-3);
        border-radius: var(--vmt-radius-control);
        border: 1px solid var(--vmt-sandbox-border);
        background: var(--vmt-sandbox-bg);
        color: var(--vmt-sandbox-text);
        font-size: var(--vmt-font-size-small);
      }
      .banner p {
        flex: 1 1 12em;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .empty {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: var(--vmt-space-2);
        margin: 0;
        padding: var(--vmt-space-4) 0;
        color: var(--vmt-text-muted);
        text-align: center;
      }
      .empty p {
        margin: 0;
      }
      .skeleton {
        display: block;
        height: 44px;
        margin-bottom: var(--vmt-space-2);
        border-radius: var(--vmt-radius-control);
        background: var(--vmt-divider);
      }
      @media (prefers-reduced-motion: no-preference) {
        .skeleton {
          animation: fade var(--vmt-pulse-duration) ease-in-out infinite alternate;
        }
      }
      @keyframes fade {
        to {
          opacity: 0.45;
        }
      }
      h3 {
        margin: var(--vmt-space-3) 0 var(--vmt-space-1);
        font-size: var(--vmt-font-size-small);
        font-weight: 650;
        color: var(--vmt-text-muted);
      }
      .day:first-of-type h3 {
        margin-top: 0;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .items {
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-1);
      }
      .item {
        display: grid;
        grid-template-columns: 1fr auto;
        column-gap: var(--vmt-space-2);
        align-items: center;
        padding: var(--vmt-space-2) var(--vmt-space-3);
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius-control);
      }
      .item[data-phase='ongoing'] {
        border-color: var(--vmt-accent);
        box-shadow: inset 3px 0 0 var(--vmt-accent);
      }
      .item[data-phase='ended'] .main,
      .item[data-dimmed] .main {
        color: var(--vmt-text-muted);
      }
      .item[data-invitation='declined'] .title {
        text-decoration: line-through;
      }
      .main {
        min-width: 0;
      }
      .when {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 2px var(--vmt-space-2);
        font-size: var(--vmt-font-size-small);
        color: var(--vmt-text-muted);
      }
      .badge {
        padding: 0 6px;
        border-radius: 999px;
        font-weight: 650;
        background: var(--vmt-env-bg);
        color: var(--vmt-env-text);
      }
      .badge.now {
        background: var(--vmt-accent);
        color: var(--vmt-accent-text);
      }
      .title {
        display: block;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .item[data-dimmed] .title {
        font-weight: 500;
      }
      .meta {
        display: block;
        font-size: var(--vmt-font-size-small);
        color: var(--vmt-text-muted);
        overflow-wrap: anywhere;
      }
      .invitation {
        font-style: italic;
      }
      .join {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .service-icon {
        flex: none;
        color: var(--vmt-text-muted);
      }
      .more,
      .item > .alert {
        grid-column: 1 / -1;
        margin: var(--vmt-space-1) 0 0;
      }
      .more summary {
        width: fit-content;
        font-size: var(--vmt-font-size-small);
        color: var(--vmt-text-muted);
        cursor: pointer;
      }
      .more li {
        display: flex;
        align-items: center;
        gap: 6px;
        padding: 3px 0;
        font-size: var(--vmt-font-size-small);
      }
      .alt-name {
        flex: 1;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .alt-host {
        color: var(--vmt-text-muted);
      }
    `,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  /** Join buttons whose call is in flight (see joinId). */
  @state()
  private joining = new Set<string>();

  /** The last failed join per item key, shown at its row. */
  @state()
  private joinErrors = new Map<string, ApiError>();

  /** What the live region says last. */
  @state()
  private announcement = '';

  private readonly agenda = new AgendaController(this, () => this.api);
  private readonly clock = new ClockController(this);
  /** For the reminder minutes: a meeting about to start is announced as the reminder comes. */
  private readonly preferences = new LiveValueController(this, () => this.api, 'preferencesChanged', (api) => api.getPreferences());
  /** Keys (with their start) of the meetings already announced as about to start. */
  private reminded = new Set<string>();
  /** Times and dates follow the chosen clock and formats. */
  protected readonly formats = new FormatSettingsController(this);
  private lastView: AgendaView | undefined;
  private lastContent = '';
  /** The user pressed Refresh: say "Agenda updated" even when nothing changed. */
  private refreshRequested = false;

  protected override willUpdate(): void {
    const view = this.agenda.value;
    if (view) this.remind(view);
    if (view === this.lastView || !view) return;
    const previous = this.lastView;
    this.lastView = view;
    const content = JSON.stringify([view.status, view.items]);
    const said = agendaChangeAnnouncement(previous, view, { changed: content !== this.lastContent, refreshRequested: this.refreshRequested });
    if (said) this.announcement = said;
    this.lastContent = content;
    this.refreshRequested = false;
    // Errors of rows that are gone no longer apply.
    if (this.joinErrors.size) {
      const keys = new Set(view.items.map((item) => item.key));
      this.joinErrors = new Map([...this.joinErrors].filter(([key]) => keys.has(key)));
    }
  }

  /** Announces the meetings whose reminder is due (each once per start time), like the reminder notification. */
  private remind(view: AgendaView): void {
    const now = this.clock.now;
    const due = dueReminders(view.items, now, this.preferences.value?.reminderMinutes ?? 1, this.reminded);
    if (due.length === 0) return;
    for (const item of due) this.reminded.add(item.key);
    this.announcement = due.map((item) => reminderAnnouncement(item, now)).join(' ');
  }

  override render(): TemplateResult {
    const { value: view, state, error, refreshing, refreshError } = this.agenda;
    return html`<section aria-labelledby="agenda-heading" aria-busy=${refreshing || state === 'loading' || view?.status === 'loading' ? 'true' : 'false'}>
      <div class="head">
        <h2 id="agenda-heading">${msg('Agenda')}</h2>
        <button
          type="button"
          class="button small"
          data-action="refresh"
          aria-disabled=${refreshing || !this.api ? 'true' : 'false'}
          @click=${() => void this.refresh()}
        >
          ${refreshing ? msg('Refreshing…') : msg('Refresh')}
        </button>
      </div>
      ${refreshError ? alertTemplate(refreshError) : nothing}
      ${view ? this.renderView(view) : state === 'failed' && error ? alertTemplate(error) : this.renderLoading()}
      <p class="visually-hidden announcement" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div class="loading">
      <span class="skeleton" aria-hidden="true"></span><span class="skeleton" aria-hidden="true"></span>
      <p class="empty" role="status">${msg('Loading your meetings…')}</p>
    </div>`;
  }

  private renderView(view: AgendaView): TemplateResult {
    if (view.status === 'signed-out') {
      return html`<div class="empty" data-state="signed-out">
        <p>${msg('Connect SuperOffice to see your meetings')}</p>
        <button
          type="button"
          class="button primary"
          data-action="connect-superoffice"
          @click=${() => this.dispatchEvent(new ShowSettingsEvent('superoffice'))}
        >
          ${msg('Connect SuperOffice')}
        </button>
      </div>`;
    }
    if (view.status === 'loading' && view.items.length === 0) return this.renderLoading();
    const now = this.clock.now;
    return html`${view.status === 'stale' ? this.renderStale(view, now) : nothing}
    ${view.items.length === 0
      ? html`<p class="empty" data-state="empty">${emptyAgendaText(view.horizonDays)}</p>`
      : repeat(
          groupByDay(view.items, now),
          (day) => day.key,
          (day) => html`<div class="day" data-day=${day.key}>
            <h3 id="day-${day.key}">${dayLabel(day.date, now)}</h3>
            <ul class="items" aria-labelledby="day-${day.key}">
              ${repeat(
                day.items,
                (item) => item.key,
                (item) => guard(this.itemInputs(item, view.nextKey === item.key, now), () => this.renderItem(item, view.nextKey === item.key, now)),
              )}
            </ul>
          </div>`,
        )}`;
  }

  private renderStale(view: AgendaView, now: Date): TemplateResult {
    const since = parseTimestamp(view.lastSuccessAt);
    const error = view.error;
    return html`<div class="banner" data-state="stale">
      <p>
        <span class="banner-text"
          >${since ? msg(str`Showing your agenda from ${refreshedAt(since, now)}`) : msg('Showing your last known agenda')}</span
        >${error
          ? html` — <bdi class="banner-message">${error.message}</bdi>${error.remedy
                ? html` <bdi class="banner-remedy">${error.remedy}</bdi>`
                : nothing}`
          : nothing}
      </p>
      <button
        type="button"
        class="button small"
        data-action="refresh-stale"
        aria-disabled=${this.agenda.refreshing || !this.api ? 'true' : 'false'}
        @click=${() => void this.refresh()}
      >
        ${msg('Refresh')}
      </button>
    </div>`;
  }

  /**
   * Everything renderItem reads, so that an item is rendered again only when one of these changes: a click on
   * Join (its busy state) then renders one row, not all of them (with ~200 rows that is most of the click's
   * work). Add any new input of renderItem, renderJoin or renderAlternatives here.
   */
  private itemInputs(item: AgendaItem, next: boolean, now: Date): unknown[] {
    const busy = [...this.joining].filter((id) => id === item.key || id.startsWith(`${item.key}#`)).join(' ');
    return [item, next, next ? now.getTime() : 0, busy, this.joinErrors.get(item.key), this.api, getLocale(), formatSettings()];
  }

  private renderItem(item: AgendaItem, next: boolean, now: Date): TemplateResult {
    const ongoing = item.phase === 'ongoing';
    const start = parseTimestamp(item.start);
    const invitation = invitationLabel(item.invitation);
    const meta: TemplateResult[] = [];
    if (item.company) meta.push(html`<bdi class="company">${item.company}</bdi>`);
    if (item.contact) meta.push(html`<bdi class="contact">${item.contact}</bdi>`);
    if (invitation) meta.push(html`<span class="invitation">${invitation}</span>`);
    const error = this.joinErrors.get(item.key);
    return html`<li
      class="item"
      data-key=${item.key}
      data-phase=${item.phase}
      data-invitation=${item.invitation}
      ?data-dimmed=${item.dimmed}
      ?data-next=${next}
    >
      <div class="main">
        <div class="when">
          <time class="time" datetime=${item.start}>${timeRange(item)}</time>
          ${ongoing ? html`<span class="badge now">${msg('Now')}</span>` : nothing}
          ${next && !ongoing
            ? html`<span class="badge next">${msg('Next')}</span>${start
                  ? html`<span class="countdown">${countdown(start, now)}</span>`
                  : nothing}`
            : nothing}
          ${item.phase === 'ended' ? html`<span class="ended">${msg('Ended')}</span>` : nothing}
        </div>
        <bdi class="title">${item.title}</bdi>
        ${meta.length ? html`<span class="meta">${meta.map((part, index) => html`${index ? ' · ' : ''}${part}`)}</span>` : nothing}
      </div>
      ${item.join ? html`<div class="join">${this.renderJoin(item, item.join, ongoing || next)}</div>` : nothing}
      ${item.alternatives.length ? this.renderAlternatives(item) : nothing} ${error ? alertTemplate(error) : nothing}
      <vmt-video-actions .item=${item} .api=${this.api}></vmt-video-actions>
    </li>`;
  }

  private renderJoin(item: AgendaItem, option: JoinOption, primary: boolean, alternative?: number): TemplateResult {
    const busy = this.joining.has(joinId(item.key, alternative));
    const label =
      alternative === undefined ? msg(str`Join ${item.title}`) : msg(str`Join ${item.title} with ${option.serviceName}`);
    return html`${serviceIcon(option.service, option.serviceName)}<button
        type="button"
        class=${primary ? 'button small primary' : 'button small'}
        data-action="join"
        aria-label=${label}
        aria-disabled=${busy || !this.api ? 'true' : 'false'}
        @click=${() => void this.join(item, alternative)}
      >
        ${busy ? msg('Opening…') : msg('Join')}
      </button>`;
  }

  private renderAlternatives(item: AgendaItem): TemplateResult {
    return html`<details class="more" @keydown=${closeOnEscape}>
      <summary aria-label=${msg(str`More links for ${item.title}`)}>${msg('More links')}</summary>
      <ul>
        ${item.alternatives.map(
          (option, index) => html`<li data-alternative=${index}>
            <span class="alt-name"
              ><bdi>${option.serviceName}</bdi> <bdi class="alt-host" dir="ltr">${linkHost(option.url)}</bdi></span
            >${this.renderJoin(item, option, false, index)}
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private async refresh(): Promise<void> {
    if (this.agenda.refreshing || !this.api) return;
    this.refreshRequested = true;
    const ok = await this.agenda.refresh();
    // The same view again (nothing changed) is not a new value: say it anyway, the user asked.
    if (ok && this.refreshRequested) {
      this.refreshRequested = false;
      this.announcement = msg('Agenda updated');
    }
  }

  private async join(item: AgendaItem, alternative?: number): Promise<void> {
    const api = this.api;
    const id = joinId(item.key, alternative);
    if (!api || this.joining.has(id)) return;
    this.joining = new Set([...this.joining, id]);
    const errors = new Map(this.joinErrors);
    errors.delete(item.key);
    this.joinErrors = errors;
    const result = await safeCall(() =>
      alternative === undefined ? api.joinMeeting(item.key) : api.joinMeeting(item.key, alternative),
    );
    const joining = new Set(this.joining);
    joining.delete(id);
    this.joining = joining;
    if (!result.ok) this.joinErrors = new Map([...this.joinErrors, [item.key, result.error]]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-agenda': Agenda;
  }
}
