import type { ConnectionId, ConnectionView, RepairProgress, RepairStep } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Logger } from '../ports/index.js';
import { REMOVAL_GUIDES } from './removal-steps.js';

/** What a repair does to one connection; each answers a line for the progress (or undefined when skipped). */
export interface RepairActions {
  /** Removes the local configuration and revokes where possible; answers whether it was revoked, or a reason it could not be. */
  removeLocal(id: ConnectionId): Promise<{ revoked: boolean | 'not-needed'; note?: string }>;
  /** Starts the sign-in again; resolves with the card when it ends. */
  signIn(id: ConnectionId): Promise<ConnectionView>;
  /** SuperOffice only: tenant, customer ID and the user, checked after the fresh sign-in. */
  checkSuperOffice(): Promise<string>;
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
  ) {}

  async run(id: ConnectionId): Promise<ConnectionView> {
    if (this.running.has(id)) throw appError('already_in_progress', 'A repair of this connection is already running.');
    this.running.add(id);
    const title = REMOVAL_GUIDES[id].title;
    const steps: RepairStep[] = [
      { id: 'remove-local', title: `Remove this computer’s ${title} configuration`, state: 'pending' },
      { id: 'revoke', title: `Revoke the app’s access at ${title}`, state: 'pending' },
      { id: 'sign-in', title: id === 'jitsi' ? 'Turn Jitsi Meet on again' : `Sign in to ${title} again`, state: 'pending' },
      ...(id === 'superoffice' ? [{ id: 'check-superoffice' as const, title: 'Check tenant and customer ID', state: 'pending' as const }] : []),
    ];
    const announce = (state: RepairProgress['state'], error?: AppError) => this.onProgress({ id, state, steps: steps.map((step) => ({ ...step })), ...(error ? { error: error.toApiError() } : {}) });
    const mark = (stepId: RepairStep['id'], state: RepairStep['state'], detail?: string) => {
      const step = steps.find((candidate) => candidate.id === stepId)!;
      step.state = state;
      if (detail) step.detail = detail;
      announce('running');
    };
    this.logger.log('info', 'repair.started', { connection: id });
    try {
      mark('remove-local', 'running');
      const removed = await this.actions.removeLocal(id);
      mark('remove-local', 'done', 'Sign-in and cached identity removed from this computer.');
      if (removed.revoked === 'not-needed') mark('revoke', 'skipped', removed.note ?? `${title} has nothing to revoke.`);
      else mark('revoke', removed.revoked ? 'done' : 'skipped', removed.note ?? (removed.revoked ? `Revoked at ${title}.` : `${title} could not revoke it.`));
      mark('sign-in', 'running');
      const view = await this.actions.signIn(id);
      if (view.status !== 'connected') {
        const failure = view.error ? new AppError(view.error.code, view.error.message, view.error.remedy) : appError('not_connected', `${title} is not connected yet.`);
        mark('sign-in', 'failed', failure.message);
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
        active.detail = failure.message;
      }
      announce('failed', failure);
      this.logger.log('warn', 'repair.failed', { connection: id, errorCode: failure.code });
      throw failure;
    } finally {
      this.running.delete(id);
    }
  }
}
