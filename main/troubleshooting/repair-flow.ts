import type { ConnectionId, ConnectionView, RepairProgress, RepairStep } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Logger } from '../ports/index.js';
import { REMOVAL_GUIDES } from './removal-steps.js';
import { say, said, type LocalText } from '../i18n/local-text.js';

/** What a repair does to one connection; each answers a line for the progress (or undefined when skipped). */
export interface RepairActions {
  /** Removes the local configuration and revokes where possible; answers whether it was revoked, or a reason it could not be. */
  removeLocal(id: ConnectionId): Promise<{ revoked: boolean | 'not-needed'; note?: LocalText }>;
  /** Starts the sign-in again; resolves with the card when it ends. */
  signIn(id: ConnectionId): Promise<ConnectionView>;
  /** SuperOffice only: tenant, customer ID and the user, checked after the fresh sign-in. */
  checkSuperOffice(): Promise<LocalText>;
}

/**
 * "Repair": the original service's remedy done locally in one flow — remove this user's local configuration
 * (keychain, cached identity), revoke at the provider where possible, sign in again (for SuperOffice, then
 * check tenant and customer ID) — with each step's progress announced as it happens.
 */
export class RepairFlow {
  private readonly running = new Set<ConnectionId>();

  constructor(
    private readonly actions: RepairActions,
    private readonly logger: Logger,
    private readonly onProgress: (progress: RepairProgress) => void,
    /** The language of the steps and their details (default English). */
    private readonly texts: () => Translator = () => ENGLISH,
  ) {}

  async run(id: ConnectionId): Promise<ConnectionView> {
    if (this.running.has(id)) throw appError('already_in_progress', said('error.repairRunning'));
    this.running.add(id);
    const title = REMOVAL_GUIDES[id].title;
    const texts = this.texts();
    const { t } = texts;
    const steps: RepairStep[] = [
      { id: 'remove-local', title: t('repair.removeLocal', { title }), state: 'pending' },
      { id: 'revoke', title: t('repair.revoke', { title }), state: 'pending' },
      { id: 'sign-in', title: id === 'jitsi' ? t('repair.jitsiOn') : t('repair.signIn', { title }), state: 'pending' },
      ...(id === 'superoffice' ? [{ id: 'check-superoffice' as const, title: t('repair.checkSuperOffice'), state: 'pending' as const }] : []),
    ];
    const announce = (state: RepairProgress['state'], error?: AppError) => this.onProgress({ id, state, steps: steps.map((step) => ({ ...step })), ...(error ? { error: error.toApiError(texts) } : {}) });
    const mark = (stepId: RepairStep['id'], state: RepairStep['state'], detail?: LocalText | string) => {
      const step = steps.find((candidate) => candidate.id === stepId)!;
      step.state = state;
      if (detail) step.detail = say(texts, detail);
      announce('running');
    };
    this.logger.log('info', 'repair.started', { connection: id });
    try {
      mark('remove-local', 'running');
      const removed = await this.actions.removeLocal(id);
      mark('remove-local', 'done', said('repair.localRemoved'));
      if (removed.revoked === 'not-needed') mark('revoke', 'skipped', removed.note ?? said('repair.nothingToRevoke', { title }));
      else mark('revoke', removed.revoked ? 'done' : 'skipped', removed.note ?? said(removed.revoked ? 'repair.revokedAt' : 'repair.couldNotRevoke', { title }));
      mark('sign-in', 'running');
      const view = await this.actions.signIn(id);
      if (view.status !== 'connected') {
        const failure = view.error ? AppError.fromApi(view.error) : appError('not_connected', said('error.titleNotConnectedYet', { title }));
        mark('sign-in', 'failed', failure.texts.message);
        announce('failed', failure);
        return view;
      }
      mark('sign-in', 'done', view.statusText);
      if (id === 'superoffice') {
        mark('check-superoffice', 'running');
        mark('check-superoffice', 'done', await this.actions.checkSuperOffice());
      }
      announce('done');
      this.logger.log('info', 'repair.done', { connection: id });
      return view;
    } catch (error) {
      const failure = toAppError(error);
      const active = steps.find((step) => step.state === 'running');
      if (active) {
        active.state = 'failed';
        active.detail = say(texts, failure.texts.message);
      }
      announce('failed', failure);
      this.logger.log('warn', 'repair.failed', { connection: id, errorCode: failure.code });
      throw failure;
    } finally {
      this.running.delete(id);
    }
  }
}
