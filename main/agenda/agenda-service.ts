import type { AgendaItem, AgendaView, AppointmentVideo, JoinOption, Preferences } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { findMeetingLinks } from '../links/resolve-join-link.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { AppLocale } from '../i18n/app-locale.js';
import { ENGLISH } from '../i18n/translator.js';
import type { Clock, Logger, Notifier, UrlOpener } from '../ports/index.js';
import type { SystemEvent } from '../ports/system-events.js';
import { isAllowedJoinUrl } from '../security/join-url-policy.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { SuperOfficeApi } from '../superoffice/superoffice-api.js';
import type { AgendaCache } from './agenda-cache.js';
import type { Appointment } from './appointment.js';
import { fetchMyDiary } from './diary-client.js';
import { joinTargets } from './join-target.js';
import { computeAgenda, type AgendaLinks } from './next-rules.js';
import { dueReminders, pruneReminded, reminderBody } from './reminders.js';
import { startOfDay } from './zoned-time.js';
import { clause, said } from '../i18n/local-text.js';

export interface AgendaServiceDeps {
  superOffice: {
    restApi(): SuperOfficeApi | undefined;
    identity(): { tenant: string; associateId: number } | undefined;
    reportSuccess(): void;
    reportFailure(error: unknown): void;
  };
  settings: SettingsService;
  cache: AgendaCache;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  opener: UrlOpener;
  /** The user's time zone (the agenda's days and SuperOffice's local times). */
  timeZone: string;
  /** The language and clock of reminders and agenda messages (default English, times left out). */
  locale?: AppLocale;
  /** A look-up of the video meetings this app created (or is making) for appointments, made once per computation. */
  videoIndex?: () => (appointmentId: number) => AppointmentVideo | undefined;
  /** Brings the app's window forward: a click on a reminder with nothing to join shows the agenda. */
  showApp?: () => void;
  onChange: (view: AgendaView) => void;
}

/** Refresh every 5 minutes; after a failure, try again after 1 minute. */
export const REFRESH_MS = 5 * 60_000;
export const RETRY_MS = 60_000;
/** The agenda (phases, next meeting, countdown, reminders) is recomputed this often. */
export const TICK_MS = 30_000;
const SNOOZE_MS = 5 * 60_000;

/**
 * The user's upcoming SuperOffice meetings: fetched on a schedule, on wake-up, unlock, network return and
 * on demand; cached on disk and shown as stale when SuperOffice cannot be reached; recomputed every tick
 * for "what is next", the tray countdown and reminders.
 */
export class AgendaService {
  private appointments: Appointment[] = [];
  private lastSuccessAt: number | undefined;
  private failure: AppError | undefined;
  private loading = false;
  private refreshing: Promise<AgendaView> | undefined;
  private queued: Promise<AgendaView> | undefined;
  private cancelRefreshTimer: (() => void) | undefined;
  private cancelTick: (() => void) | undefined;
  /** The links found in each appointment in the agenda, by key, kept while its text is the same (see keepOnly). */
  private readonly decisions = new Map<string, { text: string; decision: AgendaLinks }>();
  private readonly snoozed = new Map<string, number>();
  private lastEmitted = '';
  /** Bumped whenever the appointments, the freshness or the failure change. */
  private revision = 0;
  private memo: { key: string; view: AgendaView } | undefined;
  private owner: string | undefined;

  constructor(private readonly deps: AgendaServiceDeps) {}

  get preferences(): Preferences {
    return this.deps.settings.value.preferences;
  }

  /** The agenda at this second; computing it is cached until the data, the settings or the second change. */
  view(): AgendaView {
    const now = this.deps.clock.now();
    const key = `${this.revision}|${Math.floor(now / 1000)}|${JSON.stringify(this.preferences)}|${this.deps.superOffice.identity() ? 1 : 0}`;
    if (this.memo?.key === key) return this.memo.view;
    const view = this.computeView(now);
    this.memo = { key, view };
    return view;
  }

  private computeView(now: number): AgendaView {
    const horizonDays = this.preferences.horizonDays;
    if (!this.deps.superOffice.identity()) return { status: 'signed-out', items: [], horizonDays };
    const { items, nextKey } = computeAgenda(this.appointments, now, this.preferences, (appointment) => this.decide(appointment), this.deps.videoIndex?.());
    const status = this.lastSuccessAt === undefined ? (this.failure ? 'stale' : 'loading') : this.failure ? 'stale' : this.loading && !items.length ? 'loading' : 'fresh';
    return {
      status,
      items,
      ...(nextKey ? { nextKey } : {}),
      ...(this.lastSuccessAt !== undefined ? { lastSuccessAt: new Date(this.lastSuccessAt).toISOString() } : {}),
      horizonDays,
      ...(this.failure ? { error: this.failure.toApiError(this.deps.locale?.texts() ?? ENGLISH) } : {}),
    };
  }

  start(): void {
    this.tick();
  }

  stop(): void {
    this.cancelRefreshTimer?.();
    this.cancelTick?.();
  }

  /** SuperOffice connected, reconnected or signed out: start over for that user. */
  onSuperOfficeChanged(): void {
    const identity = this.deps.superOffice.identity();
    const owner = identity ? `${identity.tenant}:${identity.associateId}` : undefined;
    if (owner === this.owner) return;
    this.owner = owner;
    this.revision++;
    this.appointments = [];
    this.decisions.clear();
    this.snoozed.clear();
    this.lastSuccessAt = undefined;
    this.failure = undefined;
    if (owner) {
      const cached = this.deps.cache.load(owner);
      if (cached) {
        this.appointments = cached.appointments;
        this.lastSuccessAt = cached.savedAt;
      }
      void this.refresh('connected');
    } else {
      this.cancelRefreshTimer?.();
    }
    this.emit(true);
  }

  /** Display preferences changed: recompute what is shown. */
  onPreferencesChanged(): void {
    this.emit();
  }

  onSystemEvent(event: SystemEvent): void {
    this.deps.logger.log('info', 'agenda.system_event', { event });
    this.tick();
    void this.refresh(event);
  }

  /**
   * Fetches the diary now. A request made while a fetch runs (which may use older settings, such as a
   * shorter horizon) queues one more fetch after it; any further requests share that queued one.
   */
  refresh(reason = 'demand'): Promise<AgendaView> {
    if (this.refreshing) {
      return (this.queued ??= this.refreshing.then(() => {
        this.queued = undefined;
        return this.refresh(reason);
      }));
    }
    const run = this.runRefresh(reason).finally(() => {
      if (this.refreshing === run) this.refreshing = undefined;
    });
    this.refreshing = run;
    return run;
  }

  /** Opens the item's join link (or alternative N): the desktop app where chosen, with the browser as fallback. */
  async join(key: string, alternative?: number): Promise<JoinOption> {
    const item = this.view().items.find((candidate) => candidate.key === key);
    if (!item) throw appError('invalid_argument', said('error.meetingGone'));
    const option = alternative === undefined ? item.join : item.alternatives[alternative];
    if (!option) throw appError('invalid_argument', said('error.noJoinLink'));
    for (const target of joinTargets(option, this.preferences)) {
      if (!isAllowedJoinUrl(target)) {
        this.deps.logger.log('warn', 'join.refused', { service: option.service });
        throw appError('invalid_argument', said('error.untrustedLink'));
      }
      if (await this.deps.opener.open(target)) {
        this.deps.logger.log('info', 'join.opened', { service: option.service, app: !target.startsWith('https:') });
        return option;
      }
    }
    throw appError('browser_unavailable', said('error.meetingNotOpened'));
  }

  /** The item with `key` in the agenda now, if any. */
  item(key: string): AgendaItem | undefined {
    return this.view().items.find((candidate) => candidate.key === key);
  }

  /** An appointment's meeting link and location changed in SuperOffice through the app: shown at once, refreshed after. */
  applyVideoLink(appointmentId: number, change: { joinVideomeetUrl: string; location: string }): void {
    this.appointments = this.appointments.map((appointment) => (appointment.id === appointmentId ? { ...appointment, ...change } : appointment));
    const owner = this.owner;
    if (owner && this.lastSuccessAt !== undefined) this.deps.cache.save(owner, this.lastSuccessAt, this.appointments);
    this.emit();
  }

  /** Something the items show changed outside the diary (e.g. a video meeting being added): recompute and announce. */
  onVideoChanged(): void {
    this.emit();
  }

  /** "Join next meeting" (tray, shortcut). */
  async joinNext(): Promise<JoinOption | undefined> {
    const next = this.view().nextKey;
    return next ? this.join(next) : undefined;
  }

  private async runRefresh(reason: string): Promise<AgendaView> {
    const api = this.deps.superOffice.restApi();
    const identity = this.deps.superOffice.identity();
    if (!api || !identity) return this.view();
    const { clock, timeZone } = this.deps;
    this.loading = true;
    this.emit();
    try {
      const now = clock.now();
      const range = { from: startOfDay(now, timeZone), to: startOfDay(now, timeZone, this.preferences.horizonDays) };
      this.appointments = await fetchMyDiary(api, range, timeZone);
      this.keepOnly(this.appointments);
      this.lastSuccessAt = clock.now();
      this.failure = undefined;
      this.revision++;
      this.deps.superOffice.reportSuccess();
      this.deps.cache.save(`${identity.tenant}:${identity.associateId}`, this.lastSuccessAt, this.appointments);
      this.deps.logger.log('info', 'agenda.refreshed', { reason, count: this.appointments.length });
      this.schedule(REFRESH_MS);
    } catch (error) {
      const failure = staleReason(toAppError(error));
      this.failure = failure;
      this.revision++;
      // May sign the user out (a dead grant), which resets this service: keep using the local.
      this.deps.superOffice.reportFailure(error);
      this.deps.logger.log('warn', 'agenda.refresh_failed', { reason, errorCode: failure.code });
      this.schedule(RETRY_MS);
    } finally {
      this.loading = false;
    }
    this.emit();
    return this.view();
  }

  private schedule(ms: number): void {
    this.cancelRefreshTimer?.();
    this.cancelRefreshTimer = this.deps.clock.setTimer(ms, () => void this.refresh('schedule'));
  }

  private tick(): void {
    this.cancelTick?.();
    this.emit();
    this.remind();
    this.cancelTick = this.deps.clock.setTimer(TICK_MS, () => this.tick());
  }

  private remind(): void {
    const now = this.deps.clock.now();
    const { settings, notifier, locale } = this.deps;
    const texts = locale?.texts() ?? ENGLISH;
    const { t } = texts;
    const view = this.view();
    const reminded = new Set(settings.value.reminded);
    for (const item of dueReminders(view.items, now, this.preferences.reminderMinutes, reminded)) {
      const snoozedUntil = this.snoozed.get(item.key);
      if (snoozedUntil !== undefined && now < snoozedUntil) continue;
      this.snoozed.delete(item.key);
      settings.update((s) => ({ ...s, reminded: [...pruneReminded(s.reminded, now), item.key] }));
      notifier.notify({
        title: item.title,
        body: reminderBody(item, now, texts, locale ? (iso) => locale.time(iso) : undefined),
        actions: item.join ? [{ id: 'join', label: t('reminder.join') }, { id: 'snooze', label: t('reminder.snooze') }] : [{ id: 'snooze', label: t('reminder.snooze') }],
        onClick: () => (item.join ? void this.join(item.key).catch(() => undefined) : this.deps.showApp?.()),
        onAction: (action) => {
          if (action === 'join') void this.join(item.key).catch(() => undefined);
          if (action === 'snooze') this.snooze(item.key);
        },
      });
      this.deps.logger.log('info', 'reminder.shown', { appointmentId: item.appointmentId });
    }
  }

  private snooze(key: string): void {
    this.snoozed.set(key, this.deps.clock.now() + SNOOZE_MS);
    this.deps.settings.update((s) => ({ ...s, reminded: s.reminded.filter((entry) => entry !== key) }));
  }

  /** Forgets what belongs to appointments no longer in the diary, so a tray app running for weeks keeps only today's. */
  private keepOnly(appointments: readonly Appointment[]): void {
    const keys = new Set(appointments.map(decisionKey));
    for (const key of this.decisions.keys()) if (!keys.has(key)) this.decisions.delete(key);
    const now = this.deps.clock.now();
    for (const [key, until] of this.snoozed) if (until <= now) this.snoozed.delete(key);
  }

  private decide(appointment: Appointment): AgendaLinks {
    const key = decisionKey(appointment);
    const text = `${appointment.joinVideomeetUrl}\u0000${appointment.location}\u0000${appointment.description}`;
    const cached = this.decisions.get(key);
    if (cached?.text === text) return cached.decision;
    const decision = findMeetingLinks({ joinVideomeetUrl: appointment.joinVideomeetUrl, location: appointment.location, description: appointment.description });
    this.decisions.set(key, { text, decision });
    return decision;
  }

  private emit(force = false): void {
    this.revision++;
    const view = this.view();
    const serialized = JSON.stringify(view);
    if (!force && serialized === this.lastEmitted) return;
    this.lastEmitted = serialized;
    this.deps.onChange(view);
  }
}

/** Why the shown agenda may be out of date, in the user's terms (said in their language when shown). */
function staleReason(error: AppError): AppError {
  if (error.code === 'network') return appError('network', said('agenda.offline'), said('agenda.offlineRemedy'));
  if (error.code === 'invalid_grant') return appError('invalid_grant', said('agenda.expired'), said('agenda.expiredRemedy'));
  return appError(error.code, said('agenda.unreachable', { reason: clause(error.texts.message) }), said('agenda.unreachableRemedy'));
}

function decisionKey(appointment: Appointment): string {
  return `${appointment.id}@${appointment.start}`;
}
