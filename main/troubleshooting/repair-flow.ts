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

/** A step as the flow keeps it: its words as texts, said in the user's language whenever it is reported. */
interface StepRecord {
  id: RepairStep['id'];
  title: LocalText;
  state: RepairStep['state'];
  /** Words that came from elsewhere already said (an error from a card) stay as they are. */
  detail?: LocalText | string;
}

/** The last report of a connection's repair, kept so it can be said again when the language changes. */
interface RepairRecord {
  id: ConnectionId;
  state: RepairProgress['state'];
  steps: StepRecord[];
  error?: AppError;
}

/**
 * "Repair": the original service's remedy done locally in one flow — remove this user's local configuration
 * (keychain, cached identity), revoke at the provider where possible, sign in again (for SuperOffice, then
 * check tenant and customer ID) — with each step's progress announced as it happens.
 */
export class RepairFlow {
  private readonly running = new Set<ConnectionId>();
  private readonly latest = new Map<ConnectionId, RepairRecord>();

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
    const record: RepairRecord = {
      id,
      state: 'running',
      steps: [
        { id: 'remove-local', title: said('repair.removeLocal', { title }), state: 'pending' },
        { id: 'revoke', title: said('repair.revoke', { title }), state: 'pending' },
        { id: 'sign-in', title: id === 'jitsi' ? said('repair.jitsiOn') : said('repair.signIn', { title }), state: 'pending' },
        ...(id === 'superoffice' ? [{ id: 'check-superoffice' as const, title: said('repair.checkSuperOffice'), state: 'pending' as const }] : []),
      ],
    };
    this.latest.set(id, record);
    const end = (state: 'done' | 'failed', error?: AppError) => {
      record.state = state;
      if (error) record.error = error;
      this.report(record);
    };
    const mark = (stepId: RepairStep['id'], state: RepairStep['state'], detail?: LocalText | string) => {
      const step = record.steps.find((candidate) => candidate.id === stepId)!;
      step.state = state;
      if (detail) step.detail = detail;
      this.report(record);
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
        end('failed', failure);
        return view;
      }
      const name = view.account?.displayName;
      mark('sign-in', 'done', name ? said('repair.signedInAs', { name }) : said('repair.connectedAgain', { title }));
      if (id === 'superoffice') {
        mark('check-superoffice', 'running');
        mark('check-superoffice', 'done', await this.actions.checkSuperOffice());
      }
      end('done');
      this.logger.log('info', 'repair.done', { connection: id });
      return view;
    } catch (error) {
      const failure = toAppError(error);
      const active = record.steps.find((step) => step.state === 'running');
      if (active) {
        active.state = 'failed';
        active.detail = failure.texts.message;
      }
      end('failed', failure);
      this.logger.log('warn', 'repair.failed', { connection: id, errorCode: failure.code });
      throw failure;
    } finally {
      this.running.delete(id);
    }
  }

  /** Reports every repair's last state again, in the language the user has now (after a language change). */
  relocalize(): void {
    for (const record of this.latest.values()) this.report(record);
  }

  private report(record: RepairRecord): void {
    const texts = this.texts();
    this.onProgress({
      id: record.id,
      state: record.state,
      steps: record.steps.map((step) => ({ id: step.id, title: say(texts, step.title), state: step.state, ...(step.detail ? { detail: say(texts, step.detail) } : {}) })),
      ...(record.error ? { error: record.error.toApiError(texts) } : {}),
    });
  }
}
