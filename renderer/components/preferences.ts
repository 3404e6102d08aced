import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  REMINDER_MINUTES,
  type ApiError,
  type HourCycleChoice,
  type InvitationDisplay,
  type Preferences,
  type ThemeChoice,
  type TrayApi,
} from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { LiveValueController } from '../controllers/live-value-controller.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';
import { alertTemplate } from './alert.js';
import { hourCycleChoices, languageChoices, themeChoices, type Choice } from './preference-choices.js';

type InvitationKey = keyof Preferences['invitations'];
type AppKey = keyof Preferences['openInApp'];
/** One control: a top-level preference, or one member of `invitations` / `openInApp`. */
type Field =
  | 'reminderMinutes'
  | 'horizonDays'
  | InvitationKey
  | AppKey
  | 'googleAccount'
  | 'joinShortcut'
  | 'language'
  | 'hourCycle'
  | 'theme'
  | 'launchAtLogin';
type FieldValue = string | boolean;

const HORIZON_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DISPLAYS: readonly InvitationDisplay[] = ['show', 'dim', 'hide'];

function reminderLabel(minutes: number): string {
  if (minutes === 0) return msg('At start');
  if (minutes === 1) return msg('1 minute before');
  return msg(str`${minutes} minutes before`);
}

function horizonLabel(days: number): string {
  if (days === 1) return msg('Today');
  if (days === 2) return msg('Today and tomorrow');
  return msg(str`${days} days`);
}

function displayLabel(display: InvitationDisplay): string {
  switch (display) {
    case 'show':
      return msg('Show');
    case 'dim':
      return msg('Show dimmed');
    case 'hide':
      return msg('Hide');
  }
}

/** A select's options as [value, text] pairs, from choices that may carry their own language. */
const asOptions = (choices: Choice[]): Array<[value: string, label: string, lang?: string]> =>
  choices.map((choice) => [choice.value, choice.label, choice.lang]);

/**
 * The user's preferences: reminder, agenda horizon, how invitations show, opening Zoom and Teams in their app,
 * the Google account for Meet, the "Join next meeting" shortcut, and under General the language, the clock, the theme
 * and starting at login (where the host can). Every change is saved at once
 * (setPreferences with just that change); a refused value stays in its control, marked invalid, with the reason.
 */
@localized()
@customElement('vmt-preferences')
export class PreferencesForm extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    css`
      :host {
        display: block;
      }
      .form {
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-3);
        padding: var(--vmt-space-3) var(--vmt-space-4);
        background: var(--vmt-surface);
        border: 1px solid var(--vmt-border);
        border-radius: var(--vmt-radius);
      }
      fieldset {
        display: flex;
        flex-direction: column;
        gap: var(--vmt-space-2);
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        margin-bottom: var(--vmt-space-1);
        font-weight: 600;
      }
      .field {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr);
        align-items: center;
        gap: 2px var(--vmt-space-2);
      }
      .field.stacked {
        grid-template-columns: minmax(0, 1fr);
      }
      .check {
        display: flex;
        align-items: center;
        gap: var(--vmt-space-2);
      }
      .check input {
        margin: 0;
        accent-color: var(--vmt-accent);
      }
      select,
      input:not([type='checkbox']) {
        min-width: 0;
        min-height: 28px;
        box-sizing: border-box;
        padding: 3px 8px;
        font: inherit;
        color: var(--vmt-text);
        background: var(--vmt-button-bg);
        border: 1px solid var(--vmt-button-border);
        border-radius: var(--vmt-radius-control);
      }
      [aria-invalid='true'] {
        border-color: var(--vmt-status-error);
        outline-color: var(--vmt-status-error);
      }
      .hint,
      .field-error {
        grid-column: 1 / -1;
        margin: 0;
        font-size: var(--vmt-font-size-small);
        overflow-wrap: anywhere;
      }
      .hint {
        color: var(--vmt-text-muted);
      }
      .field-error {
        color: var(--vmt-alert-text);
        font-weight: 600;
      }
      .field-error .remedy {
        display: block;
        font-weight: normal;
      }
      .placeholder {
        margin: 0;
        color: var(--vmt-text-muted);
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
    `,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  /** Whether this host can start the app at login (AppInfo.launchAtLoginSupported); undefined until known. */
  @property({ attribute: false })
  launchAtLoginSupported: boolean | undefined;

  /** What the user chose in a control whose change is being saved or was refused; otherwise the saved value shows. */
  @state()
  private drafts = new Map<Field, FieldValue>();

  /** Why a control's value was refused, shown by the control. */
  @state()
  private errors = new Map<Field, ApiError>();

  private readonly preferences = new LiveValueController(
    this,
    () => this.api,
    'preferencesChanged',
    (api) => api.getPreferences(),
  );

  /** Per control, bumped on each save, so only the answer to its latest change counts. */
  private readonly generations = new Map<Field, number>();

  override render(): TemplateResult {
    const prefs = this.preferences.value;
    if (!prefs) {
      const { state, error } = this.preferences;
      if (state === 'failed' && error) {
        return html`<div class="load-failed">
          ${alertTemplate(error)}
          <button type="button" class="button" @click=${() => void this.preferences.reload()}>${msg('Try again')}</button>
        </div>`;
      }
      return html`<p class="placeholder" role="status">${msg('Loading preferences…')}</p>`;
    }
    return html`<div class="form">
      ${this.renderSelect(
        'reminderMinutes',
        msg('Reminder'),
        REMINDER_MINUTES.map((minutes) => [String(minutes), reminderLabel(minutes)]),
        (value) => ({ reminderMinutes: Number(value) as Preferences['reminderMinutes'] }),
      )}
      ${this.renderSelect(
        'horizonDays',
        msg('Agenda shows'),
        HORIZON_DAYS.map((days) => [String(days), horizonLabel(days)]),
        (value) => ({ horizonDays: Number(value) }),
      )}
      <fieldset>
        <legend>${msg('Invitations')}</legend>
        ${this.renderInvitation('tentative', msg('Tentative'))} ${this.renderInvitation('notAnswered', msg('Not answered'))}
        ${this.renderInvitation('declined', msg('Declined'))}
      </fieldset>
      <fieldset>
        <legend>${msg('Joining')}</legend>
        ${this.renderCheckbox('zoom', msg('Open Zoom meetings in the Zoom app'))}
        ${this.renderCheckbox('teams', msg('Open Teams meetings in the Teams app'))}
        ${this.renderText('googleAccount', msg('Google account for Meet'), 'email', msg('name@example.com'), msg(
          'Empty: the browser’s default account.',
        ))}
        ${this.renderText(
          'joinShortcut',
          msg('Join next meeting shortcut'),
          'text',
          'CommandOrControl+Alt+J',
          msg('For example CommandOrControl+Alt+J. Empty: no shortcut.'),
        )}
      </fieldset>
      <fieldset>
        <legend>${msg('General')}</legend>
        ${this.renderSelect('language', msg('Language'), asOptions(languageChoices()), (value) => ({
          language: value as Preferences['language'],
        }))}
        ${this.renderSelect('hourCycle', msg('Clock'), asOptions(hourCycleChoices()), (value) => ({ hourCycle: value as HourCycleChoice }))}
        ${this.renderSelect('theme', msg('Theme'), asOptions(themeChoices()), (value) => ({ theme: value as ThemeChoice }))}
        ${this.renderLaunchAtLogin()}
      </fieldset>
    </div>`;
  }

  protected override updated(): void {
    // A select's value can only be set once its options are in (they render after the select's own bindings):
    // make each one show its data-value, as live() would.
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-value]')) {
      if (select.value !== select.dataset.value) select.value = select.dataset.value!;
    }
  }

  /** The value a control shows: the user's pending or refused choice, else the saved one. */
  private shown(field: Field, prefs: Preferences): FieldValue {
    if (this.drafts.has(field)) return this.drafts.get(field)!;
    switch (field) {
      case 'reminderMinutes':
      case 'horizonDays':
        return String(prefs[field]);
      case 'tentative':
      case 'notAnswered':
      case 'declined':
        return prefs.invitations[field];
      case 'zoom':
      case 'teams':
        return prefs.openInApp[field];
      case 'googleAccount':
      case 'joinShortcut':
      case 'language':
      case 'hourCycle':
      case 'theme':
      case 'launchAtLogin':
        return prefs[field];
    }
  }

  /** aria-invalid and aria-describedby of a control, and its error under it. */
  private errorParts(field: Field, hintId?: string): { invalid: 'true' | 'false'; describedBy: string; error: TemplateResult | typeof nothing } {
    const error = this.errors.get(field);
    const errorId = `${field}-error`;
    return {
      invalid: error ? 'true' : 'false',
      describedBy: [error ? errorId : '', hintId ?? ''].filter(Boolean).join(' '),
      error: error
        ? html`<p id=${errorId} class="field-error" role="alert">
            <bdi>${error.message}</bdi>${error.remedy ? html` <bdi class="remedy">${error.remedy}</bdi>` : nothing}
          </p>`
        : nothing,
    };
  }

  private renderSelect(
    field: Field,
    label: string,
    options: Array<[value: string, label: string, lang?: string]>,
    changes: (value: string) => Partial<Preferences>,
  ): TemplateResult {
    const prefs = this.preferences.value!;
    const current = this.shown(field, prefs);
    const { invalid, describedBy, error } = this.errorParts(field);
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <select
        id=${field}
        data-value=${current}
        aria-invalid=${invalid}
        aria-describedby=${describedBy || nothing}
        ?disabled=${!this.api}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          void this.save(field, value, changes(value));
        }}
      >
        ${options.map(([value, text, lang]) => html`<option value=${value} lang=${lang ?? nothing}>${text}</option>`)}
      </select>
      ${error}
    </div>`;
  }

  private renderInvitation(key: InvitationKey, label: string): TemplateResult {
    return this.renderSelect(
      key,
      label,
      DISPLAYS.map((display) => [display, displayLabel(display)]),
      (value) => ({ invitations: { ...this.group(['tentative', 'notAnswered', 'declined']), [key]: value } as Preferences['invitations'] }),
    );
  }

  private renderCheckbox(key: AppKey, label: string): TemplateResult {
    const id = `open-${key}`;
    const { invalid, describedBy, error } = this.errorParts(key);
    return html`<div class="field stacked">
      <span class="check">
        <input
          id=${id}
          type="checkbox"
          .checked=${live(this.shown(key, this.preferences.value!) === true)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing}
          ?disabled=${!this.api}
          @change=${(event: Event) => {
            const checked = (event.target as HTMLInputElement).checked;
            void this.save(key, checked, { openInApp: { ...this.group(['zoom', 'teams']), [key]: checked } as Preferences['openInApp'] });
          }}
        />
        <label for=${id}>${label}</label>
      </span>
      ${error}
    </div>`;
  }

  /** "Start at login": disabled, with the reason, where the host cannot start the app at login. */
  private renderLaunchAtLogin(): TemplateResult {
    const field = 'launchAtLogin';
    const unsupported = this.launchAtLoginSupported === false;
    const hintId = unsupported ? `${field}-hint` : undefined;
    const { invalid, describedBy, error } = this.errorParts(field, hintId);
    return html`<div class="field stacked">
      <span class="check">
        <input
          id=${field}
          type="checkbox"
          .checked=${live(this.shown(field, this.preferences.value!) === true)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing}
          ?disabled=${!this.api || this.launchAtLoginSupported !== true}
          @change=${(event: Event) => {
            const checked = (event.target as HTMLInputElement).checked;
            void this.save(field, checked, { launchAtLogin: checked });
          }}
        />
        <label for=${field}>${msg('Start Video Meetings Tray when I log in')}</label>
      </span>
      ${unsupported ? html`<p id=${hintId} class="hint">${msg('This version of the app cannot start by itself when you log in.')}</p>` : nothing}
      ${error}
    </div>`;
  }

  private renderText(
    field: 'googleAccount' | 'joinShortcut',
    label: string,
    type: 'email' | 'text',
    placeholder: string,
    hint: string,
  ): TemplateResult {
    const hintId = `${field}-hint`;
    const { invalid, describedBy, error } = this.errorParts(field, hintId);
    return html`<div class="field stacked">
      <label for=${field}>${label}</label>
      <input
        id=${field}
        type=${type}
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        placeholder=${placeholder}
        .value=${live(String(this.shown(field, this.preferences.value!)))}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        ?disabled=${!this.api}
        @change=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value.trim();
          void this.save(field, value, { [field]: value });
        }}
      />
      <p id=${hintId} class="hint">${hint}</p>
      ${error}
    </div>`;
  }

  /** The shown values of a group's members (invitations or openInApp), so one change sends the whole group. */
  private group<K extends InvitationKey | AppKey>(keys: K[]): Record<K, FieldValue> {
    const prefs = this.preferences.value!;
    return Object.fromEntries(keys.map((key) => [key, this.shown(key, prefs)])) as Record<K, FieldValue>;
  }

  private async save(field: Field, shown: FieldValue, changes: Partial<Preferences>): Promise<void> {
    const api = this.api;
    if (!api) return;
    const generation = (this.generations.get(field) ?? 0) + 1;
    this.generations.set(field, generation);
    this.drafts = new Map([...this.drafts, [field, shown]]);
    this.errors = this.without(this.errors, field);
    const result = await safeCall(() => api.setPreferences(changes));
    if (this.generations.get(field) !== generation) return;
    if (result.ok) {
      this.drafts = this.without(this.drafts, field);
      this.preferences.apply(result.value);
    } else {
      this.errors = new Map([...this.errors, [field, result.error]]);
    }
  }

  private without<V>(map: Map<Field, V>, field: Field): Map<Field, V> {
    const copy = new Map(map);
    copy.delete(field);
    return copy;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-preferences': PreferencesForm;
  }
}
