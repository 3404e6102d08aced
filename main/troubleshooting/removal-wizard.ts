import type { ConnectionId, WizardAction, WizardStep, WizardView } from '../../preload/contract.js';
import { appError } from '../core/app-error.js';
import { say, said, type LocalText } from '../i18n/local-text.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Clock, Logger } from '../ports/index.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { RemovalWizardState } from '../settings/settings-schema.js';
import { PROVIDER_PAGES } from './provider-pages.js';
import { REMOVAL_GUIDES, revocationOutcome } from './removal-steps.js';
import type { RevocationReport } from './revocation-report.js';

export interface RemovalWizardDeps {
  settings: SettingsService;
  clock: Clock;
  logger: Logger;
  /** Step 1: stop using the connection for new meetings; answers what was done. */
  disconnect(id: ConnectionId): Promise<LocalText>;
  /** Step 2: revoke, delete the keychain entry, verify; 'not-needed' where nothing is stored by design. */
  revoke(id: ConnectionId): Promise<RevocationReport | { notNeeded: LocalText }>;
  onChange(view: WizardView): void;
  /** The user's language (default English); the outcomes are kept as texts and said in it when shown. */
  texts?: () => Translator;
}

type StepKey = 'disconnect' | 'revoke' | 'uninstall';
const STEP_KEYS: StepKey[] = ['disconnect', 'revoke', 'uninstall'];

/**
 * The disconnect / revoke / uninstall wizard, one per connection, with stable step numbers (1 Disconnect,
 * 2 Revoke, 3 Uninstall at the provider, 4 Done). Its progress is kept in the settings file, so it survives
 * closing the window and restarting; Back and Cancel are always possible, and the summary says what was
 * already removed and what is left, so nothing is ever half-deleted without the user being told.
 */
export class RemovalWizards {
  constructor(private readonly deps: RemovalWizardDeps) {}

  view(id: ConnectionId): WizardView {
    const texts = this.texts();
    const { t } = texts;
    const words = (text: LocalText) => say(texts, text);
    const state = this.state(id);
    const guide = REMOVAL_GUIDES[id];
    const current = state?.current ?? 1;
    const status = state?.status ?? 'not-started';
    const stepState = (number: number, key: StepKey): WizardStep['state'] => {
      const stored = state?.steps[key].state ?? 'todo';
      if (stored === 'todo' && status === 'in-progress' && current === number) return 'current';
      return stored;
    };
    const steps: WizardStep[] = [
      { number: 1, key: 'disconnect', title: t('wizard.step1'), state: stepState(1, 'disconnect'), instructions: [words(guide.disconnect)], ...outcome(state, 'disconnect', texts) },
      { number: 2, key: 'revoke', title: t('wizard.step2'), state: stepState(2, 'revoke'), instructions: [words(guide.revoke)], ...outcome(state, 'revoke', texts) },
      {
        number: 3,
        key: 'uninstall',
        title: id === 'superoffice' ? t('wizard.step3SuperOffice') : t('wizard.step3', { title: guide.title }),
        state: stepState(3, 'uninstall'),
        instructions: guide.uninstall.length ? guide.uninstall.map(words) : [t('wizard.nothingToUninstall', { title: guide.title })],
        ...(guide.page ? { page: { id: guide.page, label: texts.fill(PROVIDER_PAGES[guide.page].label, {}) } } : {}),
        confirmed: state?.confirmed ?? false,
        ...outcome(state, 'uninstall', texts),
      },
      { number: 4, key: 'done', title: t('wizard.step4'), state: status === 'done' ? 'done' : status === 'in-progress' && current === 4 ? 'current' : 'todo', instructions: [t('wizard.step4Instructions')] },
    ];
    return {
      id,
      title: t('wizard.title', { title: guide.title }),
      status,
      current,
      steps,
      ...(state && (status === 'done' || status === 'cancelled') ? { summary: summary(id, state, texts) } : {}),
    };
  }

  async act(id: ConnectionId, action: WizardAction): Promise<WizardView> {
    if (action === 'start') return this.save(id, this.fresh(id));
    const state = this.state(id);
    if (!state || state.status !== 'in-progress') {
      if (action === 'back' && state?.status === 'done') return this.save(id, { ...state, status: 'in-progress', current: 3 });
      throw appError('invalid_argument', said('error.wizardNotRunning'));
    }
    switch (action) {
      case 'back':
        return this.save(id, { ...state, current: Math.max(1, state.current - 1) });
      case 'cancel':
        this.deps.logger.log('info', 'wizard.cancelled', { connection: id, step: state.current });
        return this.save(id, { ...state, status: 'cancelled' });
      case 'confirm':
      case 'unconfirm':
        if (state.current !== 3) throw appError('invalid_argument', said('error.confirmBelongsToStep3'));
        return this.save(id, { ...state, confirmed: action === 'confirm' });
      case 'next':
        return this.save(id, await this.runStep(id, state));
    }
  }

  /** "Copy steps": the steps not done yet, numbered as in the wizard, as plain text for e-mail or chat. */
  text(id: ConnectionId): string {
    const { t } = this.texts();
    const view = this.view(id);
    const guide = REMOVAL_GUIDES[id];
    const lines = [t('wizard.copyHeading', { title: view.title, state: view.status === 'done' ? t('wizard.copyAllDone') : t('wizard.copyToDo') })];
    for (const step of view.steps) {
      if (step.state === 'done' || step.state === 'not-needed') continue;
      lines.push('', t('wizard.copyStep', { number: step.number, title: step.title }));
      step.instructions.forEach((instruction, index) => lines.push(step.key === 'uninstall' && guide.uninstall.length ? `  ${index + 1}. ${instruction}` : `  ${instruction}`));
      if (step.page) lines.push(`  ${t('wizard.copyPage', { url: PROVIDER_PAGES[step.page.id].url })}`);
      if (step.outcome) lines.push(`  ${t('wizard.copySoFar', { outcome: step.outcome })}`);
    }
    const done = view.steps.filter((step) => step.state === 'done' && step.outcome);
    if (done.length) lines.push('', t('wizard.copyAlreadyDone'), ...done.map((step) => `  ${t('wizard.stepOutcome', { number: step.number, outcome: step.outcome ?? '' })}`));
    return lines.join('\n');
  }

  private async runStep(id: ConnectionId, state: RemovalWizardState): Promise<RemovalWizardState> {
    const title = REMOVAL_GUIDES[id].title;
    // After Back, Next on a step that already succeeded moves on and keeps its outcome (a second revoke would find
    // nothing stored and overwrite "revoked … verified"); a failed step runs again: that is "try again".
    const key = STEP_KEYS[state.current - 1];
    if ((key === 'disconnect' || key === 'revoke') && (state.steps[key].state === 'done' || state.steps[key].state === 'not-needed')) {
      return { ...state, current: state.current + 1 };
    }
    switch (state.current) {
      case 1: {
        const text = await this.deps.disconnect(id);
        return { ...state, current: 2, steps: { ...state.steps, disconnect: { state: 'done', outcome: text } } };
      }
      case 2: {
        let result: RevocationReport | { notNeeded: LocalText };
        try {
          result = await this.deps.revoke(id);
        } catch (error) {
          const failure = toAppError(error);
          this.deps.logger.log('warn', 'wizard.revoke_failed', { connection: id, errorCode: failure.code });
          const { message, remedy } = failure.texts;
          const text = said('wizard.revokeFailed', { reason: remedy === undefined ? message : said('text.sentences', { first: message, second: remedy }) });
          return { ...state, steps: { ...state.steps, revoke: { state: 'failed', outcome: text } } };
        }
        if ('notNeeded' in result) return { ...state, current: 3, steps: { ...state.steps, revoke: { state: 'not-needed', outcome: result.notNeeded } } };
        // A revocation that failed after the sign-in was deleted leaves nothing to try again with: its failure stands
        // (the grant may still be accepted at the provider), rather than becoming "nothing to revoke".
        if (result.revoked === 'nothing-stored' && state.steps.revoke.state === 'failed') return { ...state, current: 3 };
        const { text, failed } = revocationOutcome(title, result);
        this.deps.logger.log('info', 'wizard.revoked', { connection: id, revoked: result.revoked, verified: result.verified });
        return { ...state, current: 3, steps: { ...state.steps, revoke: { state: failed ? 'failed' : 'done', outcome: text } } };
      }
      case 3: {
        const needed = REMOVAL_GUIDES[id].uninstall.length > 0;
        const uninstall = !needed
          ? { state: 'not-needed' as const, outcome: said('wizard.nothingToUninstall', { title }) }
          : state.confirmed
            ? { state: 'done' as const, outcome: said('wizard.uninstalled', { title }) }
            : { state: 'todo' as const, outcome: said('wizard.uninstallNotConfirmed', { title }) };
        this.deps.logger.log('info', 'wizard.done', { connection: id, uninstallConfirmed: state.confirmed });
        return { ...state, current: 4, status: 'done', steps: { ...state.steps, uninstall } };
      }
      default:
        return { ...state, status: 'done' };
    }
  }

  private fresh(id: ConnectionId): RemovalWizardState {
    const todo = { state: 'todo' as const };
    return { id, status: 'in-progress', current: 1, steps: { disconnect: todo, revoke: todo, uninstall: todo }, confirmed: false, startedAt: new Date(this.deps.clock.now()).toISOString() };
  }

  private texts(): Translator {
    return this.deps.texts?.() ?? ENGLISH;
  }

  private state(id: ConnectionId): RemovalWizardState | undefined {
    return this.deps.settings.value.removalWizards.find((wizard) => wizard.id === id);
  }

  private save(id: ConnectionId, state: RemovalWizardState): WizardView {
    this.deps.settings.update((s) => ({ ...s, removalWizards: [...s.removalWizards.filter((wizard) => wizard.id !== id), state] }));
    const view = this.view(id);
    this.deps.onChange(view);
    return view;
  }
}

function outcome(state: RemovalWizardState | undefined, key: StepKey, texts: Translator): { outcome?: string } {
  const text = state?.steps[key].outcome;
  return text ? { outcome: say(texts, text) } : {};
}

/** What was removed where, and what the user still has to do (also after a cancel). */
function summary(id: ConnectionId, state: RemovalWizardState, texts: Translator): string[] {
  const { t } = texts;
  const title = REMOVAL_GUIDES[id].title;
  const lines: string[] = [];
  STEP_KEYS.forEach((key, index) => {
    const step = state.steps[key];
    if (step.outcome && step.state !== 'todo') lines.push(t('wizard.stepOutcome', { number: index + 1, outcome: say(texts, step.outcome) }));
  });
  const left: string[] = [];
  if (state.steps.disconnect.state === 'todo') left.push(t('wizard.leftStopUsing'));
  if (state.steps.revoke.state === 'todo' || state.steps.revoke.state === 'failed') left.push(t('wizard.leftRevoke', { title }));
  if (state.steps.uninstall.state === 'todo' && REMOVAL_GUIDES[id].uninstall.length) left.push(t('wizard.leftUninstall', { title }));
  if (state.status === 'cancelled') lines.unshift(t('wizard.cancelledAt', { number: state.current }));
  lines.push(left.length ? t('wizard.stillToDo', { list: left.join('; ') }) : t('wizard.nothingLeft', { title }));
  return lines;
}
