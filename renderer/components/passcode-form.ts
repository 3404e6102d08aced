import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ApiError, PasscodeProviderId, PasscodeSetting, TrayApi } from '../../preload/contract.js';
import { safeCall } from '../api/safe-call.js';
import { apiContext } from '../context/api-context.js';
import { ConnectionUpdatedEvent } from '../events/connection-updated.js';
import { alerts, buttons, tokens } from '../styles/tokens.js';

type Busy = 'generate' | 'save';
type Notice = 'saved' | 'generated';

/**
 * The meeting passcode of Zoom or Webex: a text field with the account's rules under it,
 * Generate (fills the field, saves nothing) and Save. The core validates; a rejected passcode
 * (`invalid_passcode`) is shown at the field with the core's own words. The passcode is never logged.
 */
@localized()
@customElement('vmt-passcode-form')
export class PasscodeForm extends LitElement {
  static override styles = [
    tokens,
    buttons,
    alerts,
    css`
      :host {
        display: block;
      }
      form {
        margin: 0;
      }
      label {
        display: block;
        margin-bottom: var(--vmt-space-1);
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--vmt-space-2);
      }
      input {
        flex: 1 1 9em;
        min-width: 0;
        min-height: 28px;
        box-sizing: border-box;
        padding: 3px 8px;
        font: inherit;
        font-family: ui-monospace, 'SF Mono', Consolas, 'Liberation Mono', monospace;
        color: var(--vmt-text);
        background: var(--vmt-button-bg);
        border: 1px solid var(--vmt-button-border);
        border-radius: var(--vmt-radius-control);
      }
      input[aria-invalid='true'] {
        border-color: var(--vmt-status-error);
      }
      .field-error {
        margin: var(--vmt-space-1) 0 0;
        color: var(--vmt-alert-text);
        font-size: var(--vmt-font-size-small);
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .field-error .remedy {
        display: block;
        font-weight: normal;
      }
      .rules {
        margin: var(--vmt-space-1) 0 0;
        padding-inline-start: 1.2em;
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .rules li {
        overflow-wrap: anywhere;
      }
      .notice {
        display: block;
        margin-top: var(--vmt-space-1);
        color: var(--vmt-text-muted);
        font-size: var(--vmt-font-size-small);
      }
      .alert {
        margin-top: var(--vmt-space-2);
      }
    `,
  ];

  /** The provider whose passcode this is. */
  @property({ attribute: false })
  provider: PasscodeProviderId | undefined;

  /** The saved passcode and the rules, from the provider's view. */
  @property({ attribute: false })
  setting: PasscodeSetting | undefined;

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api: TrayApi | undefined;

  /** What the user typed or Generate filled in; undefined shows the saved value. */
  @state()
  private draft: string | undefined;

  @state()
  private busy: Busy | undefined;

  /** Why the field's value was refused (empty, or the core's invalid_passcode): shown at the field. */
  @state()
  private invalid: ApiError | undefined;

  /** Any other failed call, shown as an alert. */
  @state()
  private failure: ApiError | undefined;

  @state()
  private notice: Notice | undefined;

  @query('input')
  private input!: HTMLInputElement | null;

  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('provider') && changed.get('provider') !== undefined) this.reset();
    // The saved value caught up with what the user saved: follow the setting again.
    if (changed.has('setting') && this.draft !== undefined && this.draft === this.setting?.value) this.draft = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const setting = this.setting;
    if (!setting || !this.provider) return nothing;
    const rules = setting.rules.filter((rule) => rule.trim() !== '');
    const describedBy = [this.invalid ? 'passcode-error' : '', rules.length ? 'passcode-rules' : ''].filter(Boolean).join(' ');
    const maxLength = Number.isInteger(setting.maxLength) && setting.maxLength > 0 ? setting.maxLength : undefined;
    const unavailable = !this.api || this.busy !== undefined;

    return html`<form novalidate @submit=${this.onSubmit}>
      <label for="passcode">${msg('Meeting passcode')}</label>
      <div class="row">
        <input
          id="passcode"
          name="passcode"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          maxlength=${ifDefined(maxLength)}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          .value=${live(this.draft ?? setting.value)}
          @input=${this.onInput}
        />
        <button
          type="button"
          class="button"
          data-action="generate-passcode"
          aria-disabled=${unavailable ? 'true' : 'false'}
          @click=${() => void this.generate()}
        >
          ${this.busy === 'generate' ? msg('Generating…') : msg('Generate')}
        </button>
        <button type="submit" class="button primary" data-action="save-passcode" aria-disabled=${unavailable ? 'true' : 'false'}>
          ${this.busy === 'save' ? msg('Saving…') : msg('Save')}
        </button>
      </div>
      ${this.invalid
        ? html`<p id="passcode-error" class="field-error" role="alert">
            <bdi>${this.invalid.message}</bdi>
            ${this.invalid.remedy ? html`<bdi class="remedy">${this.invalid.remedy}</bdi>` : nothing}
          </p>`
        : nothing}
      ${rules.length
        ? html`<ul id="passcode-rules" class="rules" aria-label=${msg('Passcode rules')}>
            ${rules.map((rule) => html`<li><bdi>${rule}</bdi></li>`)}
          </ul>`
        : nothing}
      <span class="notice" role="status" aria-live="polite">${this.noticeText()}</span>
      ${this.failure
        ? html`<div class="alert" role="alert">
            <bdi class="alert-message">${this.failure.message}</bdi>
            ${this.failure.remedy ? html`<bdi class="alert-remedy">${this.failure.remedy}</bdi>` : nothing}
          </div>`
        : nothing}
    </form>`;
  }

  private noticeText(): string {
    switch (this.notice) {
      case 'saved':
        return msg('Saved');
      case 'generated':
        return msg('New passcode filled in. Save to use it.');
      case undefined:
        return '';
    }
  }

  private readonly onInput = (event: Event): void => {
    this.draft = (event.target as HTMLInputElement).value;
    this.invalid = undefined;
    this.notice = undefined;
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    // Never a real submission (the CSP forbids it anyway): Enter in the field and Save both land here.
    event.preventDefault();
    void this.save();
  };

  private async generate(): Promise<void> {
    const { api, provider } = this;
    if (!api || !provider || this.busy) return;
    const generation = this.begin('generate');
    const result = await safeCall(() => api.generatePasscode(provider));
    if (generation !== this.generation) return;
    this.busy = undefined;
    if (result.ok) {
      this.draft = result.value;
      this.notice = 'generated';
    } else {
      this.failure = result.error;
    }
  }

  private async save(): Promise<void> {
    const { api, provider, setting } = this;
    if (!api || !provider || !setting || this.busy) return;
    const passcode = this.input?.value ?? this.draft ?? setting.value;
    if (passcode.trim() === '') {
      this.failure = undefined;
      this.notice = undefined;
      this.invalid = { code: 'invalid_passcode', message: msg('Enter a passcode, or press Generate.') };
      return;
    }
    const generation = this.begin('save');
    const result = await safeCall(() => api.savePasscode(provider, passcode));
    if (generation !== this.generation) return;
    this.busy = undefined;
    if (result.ok) {
      // Keep showing what was saved until the new view arrives (the event below), then follow the setting.
      this.draft = result.value.passcode?.value ?? passcode;
      this.notice = 'saved';
      this.dispatchEvent(new ConnectionUpdatedEvent(result.value));
    } else if (result.error.code === 'invalid_passcode') {
      this.invalid = result.error;
    } else {
      this.failure = result.error;
    }
  }

  private begin(busy: Busy): number {
    this.busy = busy;
    this.invalid = undefined;
    this.failure = undefined;
    this.notice = undefined;
    return ++this.generation;
  }

  private reset(): void {
    this.generation++;
    this.draft = undefined;
    this.busy = undefined;
    this.invalid = undefined;
    this.failure = undefined;
    this.notice = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vmt-passcode-form': PasscodeForm;
  }
}
