import { provide } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError, AppInfo, ConnectionId, ConnectionView, TrayApi } from '../../preload/contract.js';
import { ConnectionAnnouncer } from '../announcements/connection-announcer.js';
import { isVideoView } from '../api/providers.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { ConnectionsController } from '../controllers/connections-controller.js';
import { LiveValueController } from '../controllers/live-value-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { OpenWizardsController } from '../controllers/open-wizards-controller.js';
import { ThemeController } from '../controllers/theme-controller.js';
import { ConnectionUpdatedEvent } from '../events/connection-updated.js';
import { OpenRemovalWizardEvent } from '../events/open-removal-wizard.js';
import { ShowSettingsEvent, type SettingsTarget } from '../events/show-settings.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import './agenda.js';
import type { ConnectionCard } from './connection-card.js';
import './connection-card.js';
import './connection-health.js';
import './copy-diagnostics.js';
import './manage-users-entry.js';
import { stillSignedIn } from './other-providers.js';
import './preferences.js';
import type { ProviderPicker } from './provider-picker.js';
import './provider-picker.js';
import type { RemovalWizard } from './removal-wizard.js';
import './removal-wizard.js';

/**
 * The popover's root: provides the API to the tree and shows, under the app header, the connection health strip,
 * the agenda, and Settings: SuperOffice (its card), Video meetings (the provider picker, the active provider's card,
 * and the other providers that are still signed in) and Preferences. Settings starts open when SuperOffice is not
 * connected; the health strip and the agenda's "Connect SuperOffice" open it at the connection they name.
 * A card's "Remove…" opens that connection's removal wizard under the cards of its section (unfinished ones are shown
 * again after a reload). SuperOffice administrators also get "Manage users" under their card. Settings ends with
 * "Copy diagnostics" for the helpdesk.
 */
// @localized() below @customElement (decorators apply bottom-up): index.html already holds a <vmt-app>, which
// define() upgrades at once, so the language-switch initializer must be in place before it.
@customElement('vmt-app')
@localized()
export class VmtApp extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    css`
      :host {
        display: block;
        box-sizing: border-box;
        min-height: 100vh;
        background: var(--vmt-bg);
      }
      .popover {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--vmt-space-2);
        padding: var(--vmt-space-3) var(--vmt-space-4);
        border-bottom: 1px solid var(--vmt-divider);
        background: var(--vmt-surface);
      }
      h1 {
        margin: 0;
        font-size: var(--vmt-font-size-title);
        font-weight: 650;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .env {
        flex: none;
        display: inline-flex;
        align-items: center;
        gap: 5px;
        padding: 2px 9px;
        border-radius: 999px;
        font-size: var(--vmt-font-size-small);
        font-weight: 600;
        background: var(--vmt-env-bg);
        color: var(--vmt-env-text);
        white-space: nowrap;
      }
      .env.sandbox {
        background: var(--vmt-sandbox-bg);
        color: var(--vmt-sandbox-text);
        box-shadow: inset 0 0 0 1px var(--vmt-sandbox-border);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .env.sandbox::before {
        content: '';
        width: 7px;
        height: 7px;
        border-radius: 50%;
        background: currentColor;
      }
      main {
        flex: 1;
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-3);
        padding: var(--vmt-space-4);
      }
      section {
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-3);
      }
      section + section {
        margin-top: var(--vmt-space-2);
      }
      .settings {
        margin-top: var(--vmt-space-2);
      }
      .settings > summary {
        width: fit-content;
        font-weight: 650;
        cursor: pointer;
      }
      .settings > :not(summary) {
        margin-top: var(--vmt-space-3);
      }
      .support {
        padding-top: var(--vmt-space-3);
        border-top: 1px solid var(--vmt-divider);
      }
      h2 {
        margin: 0;
        font-size: var(--vmt-font-size-small);
        font-weight: 650;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--vmt-text-muted);
      }
      .hint {
        margin: 0;
        color: var(--vmt-text-muted);
      }
      .placeholder {
        margin: 0;
        color: var(--vmt-text-muted);
        text-align: center;
        padding: var(--vmt-space-5) 0;
      }
      .load-failed {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: var(--vmt-space-2);
      }
      .load-failed .alert {
        align-self: stretch;
      }
      footer {
        padding: var(--vmt-space-2) var(--vmt-space-4) var(--vmt-space-3);
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
        text-align: center;
      }
    `,
  ];

  /** The host's API, provided to every component below. main.ts sets it once; until then it is undefined. */
  @provide({ context: apiContext })
  @property({ attribute: false })
  api!: TrayApi;

  private readonly connections = new ConnectionsController(this, () => this.api as TrayApi | undefined);
  private readonly wizards = new OpenWizardsController(this, () => this.api as TrayApi | undefined);
  /** The preferences the page itself follows (theme, language, clock): loaded once, shared by the two below. */
  private readonly preferences = new LiveValueController(this, () => this.api as TrayApi | undefined, 'preferencesChanged', (api) => api.getPreferences());
  /** The chosen theme (light, dark, or the system's), put on <html>. */
  readonly theme = new ThemeController(this, () => this.preferences.value);
  /** The chosen language and clock (or the system's): the texts, the date and time formats, and <html lang>. */
  readonly locale = new LocaleController(this, () => this.preferences.value, () => this.appInfo.value);

  /** Whether Settings is open, once decided: by the first loaded list, then by the user (or a "show" request). */
  @state()
  private settingsOpen: boolean | undefined;

  /** What the last render asked of <details open>, to tell the user's toggles from the app's own. */
  private renderedOpen = true;

  /** What the app's live region says last: connection changes that no card on screen says itself. */
  @state()
  private announcement = '';

  private readonly announcer = new ConnectionAnnouncer();

  /** How many removal wizards the last update showed: a new one (opened, or unfinished after a reload) opens Settings. */
  private shownWizards = 0;

  private readonly appInfo = new Task(this, {
    args: () => [this.api as TrayApi | undefined] as const,
    task: async ([api]): Promise<AppInfo> => {
      if (!api) return initialState as never;
      const result = await safeCall(() => api.getAppInfo());
      if (!result.ok) throw result.error;
      return result.value;
    },
  });

  constructor() {
    super();
    // A card's call answered with a fresh view: take it now rather than wait for the event.
    this.addEventListener(ConnectionUpdatedEvent.type, (event) => this.connections.apply(event.view));
    this.addEventListener(ShowSettingsEvent.type, (event) => void this.showSettings(event.settingsTarget));
    this.addEventListener(OpenRemovalWizardEvent.type, (event) => void this.openWizard(event.connectionId));
  }

  protected override willUpdate(): void {
    // Decided once, when the list first arrives: open while SuperOffice is not connected. Signing in later
    // does not fold it away under the user. A removal wizard that appears (opened, or unfinished) opens it too.
    if (this.settingsOpen === undefined && this.connections.state === 'ready') {
      this.settingsOpen = this.connections.byId.get('superoffice')?.status !== 'connected';
    }
    if (this.wizards.ids.length > this.shownWizards) this.settingsOpen = true;
    this.shownWizards = this.wizards.ids.length;
    // SuperOffice's card and the active provider's are in Settings; with Settings folded, the app speaks for them.
    const open = this.settingsOpen ?? true;
    const said = this.announcer.update(this.connections.connections, (view) => open && (view.kind === 'crm' || view.active === true));
    if (said) this.announcement = said;
  }

  override render(): TemplateResult {
    const info = this.appInfo.value;
    return html`
      <div class="popover">
        <header>
          <h1><bdi>${info?.name || msg('Video Meetings Tray')}</bdi></h1>
          ${info ? this.renderEnvironment(info) : nothing}
        </header>
        <main>
          ${this.appInfo.render({ error: (error) => this.renderError(error) })}
          <vmt-connection-health .connections=${this.connections.connections}></vmt-connection-health>
          <vmt-agenda></vmt-agenda>
          ${this.renderSettings()}
        </main>
        <p class="visually-hidden" role="status" aria-live="polite" data-role="announcer">${this.announcement}</p>
        ${info
          ? html`<footer><bdi>${msg(str`Version ${info.version}`)}</bdi></footer>`
          : nothing}
      </div>
    `;
  }

  private renderEnvironment(info: AppInfo): TemplateResult {
    const sandbox = info.environment === 'sandbox';
    const label = info.environmentLabel || (sandbox ? msg('Sandbox') : info.environment);
    return html`<span
      class="env ${sandbox ? 'sandbox' : ''}"
      data-environment=${info.environment}
      title=${sandbox ? msg('Sandbox: a test environment, not your real CRM') : msg('SuperOffice environment')}
      ><span class="visually-hidden">${msg('Environment:')} </span><bdi>${label}</bdi></span
    >`;
  }

  private renderSettings(): TemplateResult {
    const open = (this.renderedOpen = this.settingsOpen ?? true);
    return html`<details class="settings" ?open=${open} @toggle=${this.onToggle}>
      <summary>${msg('Settings')}</summary>
      ${this.renderConnections()}
      <section aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">${msg('Preferences')}</h2>
        <vmt-preferences .launchAtLoginSupported=${this.appInfo.value?.launchAtLoginSupported}></vmt-preferences>
      </section>
      <div class="support"><vmt-copy-diagnostics></vmt-copy-diagnostics></div>
    </details>`;
  }

  /** Shows the removal wizard of `id` under its section's cards and moves the focus to its heading. */
  private async openWizard(id: ConnectionId): Promise<void> {
    this.settingsOpen = true;
    this.wizards.show(id);
    await this.updateComplete;
    this.shadowRoot?.querySelector<RemovalWizard>(`vmt-removal-wizard[data-connection="${id}"]`)?.reveal();
  }

  /** Stops showing the removal wizard of `id` and gives the focus back to its connection (its card, or the picker). */
  private async closeWizard(id: ConnectionId): Promise<void> {
    this.wizards.close(id);
    await this.showSettings(id === 'superoffice' ? 'superoffice' : 'video');
  }

  /** The removal wizards shown in a section (SuperOffice's in its own, the providers' under Video meetings). */
  private renderWizards(crm: boolean): TemplateResult[] {
    return this.wizards.ids
      .filter((id) => (id === 'superoffice') === crm)
      .map(
        (id) => html`<vmt-removal-wizard
          data-connection=${id}
          .connectionId=${id}
          @vmt-panel-request=${() => void this.closeWizard(id)}
        ></vmt-removal-wizard>`,
      );
  }

  private readonly onToggle = (event: Event): void => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open !== this.renderedOpen) this.settingsOpen = open;
  };

  /** Opens Settings and moves the focus to a connection: the SuperOffice card, or the active provider (or the picker). */
  private async showSettings(target: SettingsTarget): Promise<void> {
    this.settingsOpen = true;
    await this.updateComplete;
    const root = this.shadowRoot;
    if (target === 'superoffice') {
      root?.querySelector<ConnectionCard>('section[aria-labelledby="crm-heading"] vmt-connection-card')?.reveal();
      return;
    }
    const card = root?.querySelector<ConnectionCard>('section[aria-labelledby="video-heading"] > vmt-connection-card');
    if (card) card.reveal();
    else root?.querySelector<ProviderPicker>('vmt-provider-picker')?.reveal();
  }

  private renderConnections(): TemplateResult | typeof nothing {
    const { state, error } = this.connections;
    if (state === 'failed') {
      return html`<div class="load-failed">
        ${error ? this.renderError(error) : nothing}
        <button type="button" class="button" @click=${() => void this.connections.reload()}>${msg('Try again')}</button>
      </div>`;
    }
    const list = this.connections.connections;
    if (list.length === 0) {
      if (state === 'ready') return html`<p class="placeholder">${msg('No connections yet.')}</p>`;
      return html`<p class="placeholder" role="status">${msg('Loading connections…')}</p>`;
    }
    const videos = list.filter(isVideoView);
    const crm = list.filter((view) => !isVideoView(view));
    return html`${crm.length
      ? html`<section aria-labelledby="crm-heading">
          <h2 id="crm-heading">${msg('SuperOffice')}</h2>
          ${repeat(
            crm,
            (view) => view.id,
            (view) => html`<vmt-connection-card .connection=${view}></vmt-connection-card>`,
          )}
          ${crm.some((view) => view.administrator === true)
            ? html`<vmt-manage-users-entry></vmt-manage-users-entry>`
            : nothing}
          ${this.renderWizards(true)}
        </section>`
      : nothing}
    ${videos.length ? this.renderVideo(videos) : nothing}`;
  }

  private renderVideo(videos: ConnectionView[]): TemplateResult {
    const active = videos.find((view) => view.active);
    const others = videos.filter((view) => view !== active && stillSignedIn(view));
    return html`<section aria-labelledby="video-heading">
      <h2 id="video-heading">${msg('Video meetings')}</h2>
      <vmt-provider-picker .providers=${videos}></vmt-provider-picker>
      ${active
        ? // Keyed: another provider gets a fresh card (no test meeting or error carried over).
          keyed(active.id, html`<vmt-connection-card .connection=${active}></vmt-connection-card>`)
        : html`<p class="hint">${msg('Choose the provider to create new meetings with.')}</p>`}
      ${others.length ? html`<vmt-other-providers .providers=${others}></vmt-other-providers>` : nothing}
      ${this.renderWizards(false)}
    </section>`;
  }

  private renderError(error: unknown): TemplateResult {
    const apiError = error as Partial<ApiError>;
    return html`<div class="alert" role="alert">
      <bdi class="alert-message">${apiError.message ?? msg('Something went wrong.')}</bdi>
      ${apiError.remedy ? html`<bdi class="alert-remedy">${apiError.remedy}</bdi>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-app': VmtApp;
  }
}
