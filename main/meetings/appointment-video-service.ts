import { randomUUID } from 'node:crypto';
import type { AgendaItem, AgendaView, AppointmentVideo, ConnectionView, MeetingTextKind, MeetingView, ProviderId } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Clock, Logger } from '../ports/index.js';
import { meetingReference, type MeetingMaker } from '../providers/meeting-maker.js';
import type { CreatedMeeting, MeetingRequest } from '../providers/provider-adapter.js';
import { PROVIDER_TITLES } from '../providers/provider-http.js';
import type { AppointmentMeeting } from '../settings/settings-schema.js';
import { isRefusedRequest, type SuperOfficeApi } from '../superoffice/superoffice-api.js';
import { patchAppointment, readAppointment, type AppointmentSnapshot } from './appointment-entity.js';
import { invitationText } from './invitation-text.js';
import type { MeetingJournal } from './meeting-journal.js';
import { addLinkPatch, removeLinkPatch } from './video-link-writes.js';
import { clause, said, type LocalText } from '../i18n/local-text.js';

export interface AppointmentVideoDeps {
  superOffice: {
    restApi(): SuperOfficeApi | undefined;
    identity(): { tenant: string; associateId: number } | undefined;
  };
  videos: {
    readonly active: ProviderId | undefined;
    isConnected(id: ProviderId): boolean;
    /** Signs in to the provider (first use); resolves with the card when the sign-in ends. */
    connect(id: ProviderId): Promise<ConnectionView>;
    meetings(id: ProviderId): MeetingMaker;
    /** The passcode new meetings get (Zoom, Webex), if the user set one. */
    passcode(id: ProviderId): string | undefined;
  };
  agenda: {
    item(key: string): AgendaItem | undefined;
    applyVideoLink(appointmentId: number, change: { joinVideomeetUrl: string; location: string }): void;
    onVideoChanged(): void;
    refresh(reason: string): Promise<AgendaView>;
  };
  journal: MeetingJournal;
  /** Tells the user something that happened in the background (a desktop notification). */
  notify(text: LocalText): void;
  clock: Clock;
  logger: Logger;
  timeZone: string;
}

type Written = AppointmentMeeting & { meeting: CreatedMeeting };

/**
 * The video meeting of a diary appointment: created at the active provider and written to SuperOffice as one
 * operation (journal first, so a retry or restart resumes it and never makes a second meeting; compensation
 * when SuperOffice refuses), removed again, and copied as a link or an invitation.
 */
export class AppointmentVideoService {
  /** Operations running now, per appointment: a second click joins the first. */
  private readonly running = new Map<number, { kind: 'adding' | 'removing'; done: Promise<unknown> }>();

  constructor(private readonly deps: AppointmentVideoDeps) {}

  /**
   * What the agenda shows of the app's meetings, as a look-up made once per agenda computation (the owner
   * and the journal are read once, not once per appointment).
   */
  videoIndex(): (appointmentId: number) => AppointmentVideo | undefined {
    const owner = this.owner();
    const entries = new Map(owner ? this.deps.journal.entriesOf(owner).map((entry) => [entry.appointmentId, entry]) : []);
    const active = this.deps.videos.active;
    return (appointmentId) => {
      const entry = entries.get(appointmentId);
      const running = this.running.get(appointmentId);
      if (running) return { provider: entry?.provider ?? active ?? 'jitsi', pending: running.kind };
      return entry && (entry.phase === 'done' || entry.phase === 'removing') ? { provider: entry.provider } : undefined;
    };
  }

  /** "Add video meeting". */
  add(key: string): Promise<MeetingView> {
    const item = this.requireItem(key);
    return this.exclusive(item.appointmentId, 'adding', () => this.runAdd(item));
  }

  /** "Remove video meeting" (only meetings this app created). */
  remove(key: string): Promise<AgendaView> {
    const item = this.requireItem(key);
    return this.exclusive(item.appointmentId, 'removing', async () => {
      const owner = this.requireOwner();
      const entry = this.deps.journal.get(owner, item.appointmentId);
      if (!entry?.meeting || (entry.phase !== 'done' && entry.phase !== 'removing')) {
        throw appError('invalid_argument', said('error.notOurMeeting'));
      }
      await this.finishRemove(this.deps.journal.put({ ...entry, phase: 'removing' }, this.deps.clock.now()) as Written);
      return this.deps.agenda.refresh('video-removed');
    });
  }

  /**
   * "Copy link" / "Copy invitation". The appointment's current link wins: when the user changed it in SuperOffice
   * after the app made its meeting, that link is copied (and the app's meeting ID and passcode are left out).
   */
  text(key: string, kind: MeetingTextKind): string {
    const item = this.requireItem(key);
    const owner = this.owner();
    const entry = owner ? this.deps.journal.get(owner, item.appointmentId) : undefined;
    const made = entry?.phase === 'done' ? entry.meeting : undefined;
    const ours = made && (!item.join || item.join.url === made.joinUrl) ? made : undefined;
    const joinUrl = ours?.joinUrl ?? item.join?.url;
    if (!joinUrl) throw appError('invalid_argument', said('error.noLinkToCopy'));
    if (kind === 'link') return joinUrl;
    const providerTitle = entry && ours ? PROVIDER_TITLES[entry.provider] : item.join?.serviceName;
    const showsId = entry && ours ? entry.provider !== 'jitsi' && entry.provider !== 'superoffice-video' : false;
    return invitationText({
      title: item.title,
      start: Date.parse(item.start),
      end: Date.parse(item.end),
      allDay: item.allDay,
      timeZone: this.deps.timeZone,
      joinUrl,
      ...(providerTitle ? { providerTitle } : {}),
      ...(showsId && ours ? { meetingId: ours.meetingId } : {}),
      ...(ours?.passcode ? { passcode: ours.passcode } : {}),
    });
  }

  /** After a start or a sign-in: finishes the adds and removes of the signed-in user that were cut short. */
  async resumeUnfinished(): Promise<void> {
    const owner = this.owner();
    if (!owner) return;
    for (const entry of this.deps.journal.unfinished(owner)) {
      if (this.running.has(entry.appointmentId)) continue;
      const kind = entry.phase === 'removing' ? 'removing' : 'adding';
      await this.exclusive(entry.appointmentId, kind, async () => {
        if (entry.phase === 'removing' && entry.meeting) await this.finishRemove(entry as Written);
        else await this.complete(entry, true);
      })
        .then(() => this.deps.logger.log('info', 'video.resumed', { appointmentId: entry.appointmentId, phase: entry.phase }))
        .catch((error: unknown) => this.deps.logger.log('warn', 'video.resume_failed', { appointmentId: entry.appointmentId, errorCode: toAppError(error).code }));
    }
  }

  private async runAdd(item: AgendaItem): Promise<MeetingView> {
    const owner = this.requireOwner();
    const existing = this.deps.journal.get(owner, item.appointmentId);
    if (existing?.phase === 'done' && existing.meeting) return this.meetingView(existing as Written);
    if (existing?.phase === 'removing') throw appError('already_in_progress', said('error.videoBeingRemoved'));
    if (!existing && !item.canAddVideo) throw appError('invalid_argument', said(item.join ? 'error.alreadyHasLink' : 'error.onlyOwnAppointments'));
    const provider = existing?.provider ?? this.deps.videos.active;
    if (!provider) throw appError('not_connected', said('error.noProviderChosen'), said('remedy.noProviderChosen'));
    if (!this.deps.videos.isConnected(provider)) await this.signInFirst(provider);
    const entry =
      existing ??
      this.deps.journal.put(
        { owner, appointmentId: item.appointmentId, provider, idempotencyKey: randomUUID(), phase: 'creating', filledLocation: false, title: item.title, start: item.start, end: item.end, startedAt: new Date(this.deps.clock.now()).toISOString() },
        this.deps.clock.now(),
      );
    this.deps.agenda.onVideoChanged();
    return this.meetingView(await this.complete(entry, existing !== undefined));
  }

  /** First use: the provider's sign-in, as the original service does on the first click of the video icon. */
  private async signInFirst(provider: ProviderId): Promise<void> {
    this.deps.logger.log('info', 'video.sign_in_first', { provider });
    const view = await this.deps.videos.connect(provider);
    if (view.status === 'connected') return;
    throw view.error ? AppError.fromApi(view.error) : appError('not_connected', said('error.providerNotConnectedNoMeeting', { title: PROVIDER_TITLES[provider] }));
  }

  /** Runs the remaining steps of an add: the provider's meeting (found again, or made), then SuperOffice. */
  private async complete(entry: AppointmentMeeting, interrupted: boolean): Promise<Written> {
    const maker = this.deps.videos.meetings(entry.provider);
    // An entry already in `writing`: an earlier attempt may have sent a write that has not landed yet.
    const earlierWrite = entry.phase === 'writing';
    let current = entry;
    if (current.phase === 'creating' || !current.meeting) {
      const request = this.requestFor(current);
      let meeting: CreatedMeeting | undefined;
      let unlookable = false;
      if (interrupted) {
        const found = await maker.recover(request);
        if (found && found !== 'retry-is-safe') meeting = found;
        // SuperOffice offers no list of reservations: one cut short cannot be found, so it is made again.
        unlookable = found === undefined && current.provider === 'superoffice-video';
      }
      try {
        meeting ??= await maker.create(request);
      } catch (error) {
        // A definite refusal of a first attempt made nothing. After an unclear end (timeout, network, server), or
        // when an earlier attempt was cut short, a meeting may exist under this key: the entry stays, so a retry finds it.
        if (!interrupted && !isUncertain(toAppError(error))) this.forget(current);
        throw error;
      }
      if (unlookable) {
        this.deps.logger.log('info', 'video.reservation_may_be_unused', { appointmentId: current.appointmentId });
        this.deps.notify(said('notice.reservationMayBeUnused', { appointment: current.title }));
      }
      current = this.deps.journal.put({ ...current, phase: 'writing', meeting }, this.deps.clock.now());
      this.deps.logger.log('info', 'video.created', { provider: current.provider, appointmentId: current.appointmentId });
    }
    return this.writeLink(current as Written, earlierWrite);
  }

  /**
   * Writes the meeting to the appointment. Only a clear refusal deletes the meeting again (compensation). A
   * write without a clear answer (timeout, network, server error, unreadable answer) may still land at
   * SuperOffice later: the appointment is read again; it holds the link → done; it does not → the meeting is
   * kept, the entry stays in `writing` and the user is told (meetingSaveUnknown). The retry or the next start
   * (`earlierWrite`) reads again and writes again if needed; the PATCH is pinned to what was read, so a late
   * first write and the second never both land.
   */
  private async writeLink(entry: Written, earlierWrite: boolean): Promise<Written> {
    const api = this.api();
    let sent = false;
    try {
      const read = await readAppointment(api, entry.appointmentId);
      if (read.joinVideomeetUrl === entry.meeting.joinUrl) return this.confirmed(entry, read, 'video.write_found');
      if (read.joinVideomeetUrl !== '') throw appError('appointment_changed', said('error.linkAddedMeanwhile'), said('remedy.linkAddedMeanwhile'));
      const { operations, fillsLocation } = addLinkPatch(read, entry.provider, entry.meeting);
      sent = true;
      const saved = await patchAppointment(api, read, operations);
      return this.written(entry, fillsLocation, saved.location);
    } catch (error) {
      const outcome = await this.afterFailedWrite(entry, toAppError(error), sent, earlierWrite);
      if (outcome instanceof AppError) throw outcome;
      return outcome;
    }
  }

  /** Decides what a failed write leaves: the link found after all, the meeting kept (outcome unknown), or compensation. */
  private async afterFailedWrite(entry: Written, failure: AppError, sent: boolean, earlierWrite: boolean): Promise<Written | AppError> {
    const uncertain = isUncertainWrite(failure);
    // "Changed meanwhile" after an earlier unclear write: that write may be the change.
    if (sent && (uncertain || (earlierWrite && failure.code === 'appointment_changed'))) {
      const read = await this.readAgain(entry);
      if (read?.joinVideomeetUrl === entry.meeting.joinUrl) return this.confirmed(entry, read, 'video.write_confirmed', failure);
      if (read === undefined || uncertain) return this.saveUnknown(entry, failure);
    } else if (uncertain && earlierWrite) {
      // The appointment could not be read, and an earlier write may still land: keep the meeting.
      return this.saveUnknown(entry, failure);
    }
    return this.compensate(entry, failure);
  }

  /** The appointment read again after a write without a clear answer; undefined when even that fails. */
  private async readAgain(entry: Written): Promise<AppointmentSnapshot | undefined> {
    try {
      return await readAppointment(this.api(), entry.appointmentId);
    } catch (error) {
      this.deps.logger.log('warn', 'video.reread_failed', { provider: entry.provider, appointmentId: entry.appointmentId, errorCode: toAppError(error).code });
      return undefined;
    }
  }

  /** The appointment holds the meeting's link (a write that was saved after all): done, no second write. */
  private confirmed(entry: Written, read: AppointmentSnapshot, event: string, failure?: AppError): Written {
    this.deps.logger.log('info', event, { provider: entry.provider, appointmentId: entry.appointmentId, ...(failure ? { errorCode: failure.code } : {}) });
    return this.written(entry, read.location === entry.meeting.joinUrl, read.location);
  }

  /** The meeting is kept and the entry stays in `writing`: the user gets its link, and the retry or next start finishes it. */
  private saveUnknown(entry: Written, failure: AppError): AppError {
    this.deps.logger.log('warn', 'video.write_unknown', { provider: entry.provider, appointmentId: entry.appointmentId, errorCode: failure.code });
    const title = PROVIDER_TITLES[entry.provider];
    return appError(failure.code, said('error.meetingSaveUnknown', { title, appointment: entry.title, reason: clause(failure.texts.message), url: entry.meeting.joinUrl }), said('remedy.meetingSaveUnknown'));
  }

  /** The meeting is on the appointment: the journal entry is done and the agenda shows the link at once. */
  private written(entry: Written, filledLocation: boolean, location: string): Written {
    const done = this.deps.journal.put({ ...entry, phase: 'done', filledLocation }, this.deps.clock.now()) as Written;
    this.deps.logger.log('info', 'video.added', { provider: entry.provider, appointmentId: entry.appointmentId });
    this.deps.agenda.applyVideoLink(entry.appointmentId, { joinVideomeetUrl: entry.meeting.joinUrl, location });
    void this.deps.agenda.refresh('video-added').catch(() => undefined);
    return done;
  }

  /** Deletes the meeting SuperOffice did not take; says which meeting is left when that fails too. */
  private async compensate(entry: Written, failure: AppError): Promise<AppError> {
    const title = PROVIDER_TITLES[entry.provider];
    try {
      await this.deps.videos.meetings(entry.provider).remove(entry.meeting.id);
    } catch (removal) {
      this.deps.logger.log('warn', 'video.left_behind', { provider: entry.provider, appointmentId: entry.appointmentId, errorCode: toAppError(removal).code });
      return appError(
        'meeting_left_behind',
        said('error.meetingNotSavedLeftBehind', { title, appointment: entry.title, reason: clause(failure.texts.message), url: entry.meeting.joinUrl }),
        said('remedy.meetingNotSavedLeftBehind', { title }),
      );
    }
    this.forget(entry);
    this.deps.logger.log('info', 'video.compensated', { provider: entry.provider, appointmentId: entry.appointmentId, errorCode: failure.code });
    if (failure.code === 'appointment_changed') {
      void this.deps.agenda.refresh('appointment-changed').catch(() => undefined);
      return failure;
    }
    if (failure.code === 'network' || failure.code === 'invalid_grant' || failure.code === 'superoffice_required' || failure.code === 'not_found') return failure;
    return appError(failure.code, said('error.meetingNotSavedDeleted', { title }), said('remedy.tryLater'));
  }

  /** Clears the app's fields in SuperOffice (only what still holds the app's values), then deletes the meeting. */
  private async finishRemove(entry: Written): Promise<void> {
    const api = this.api();
    const read = await readAppointment(api, entry.appointmentId);
    const operations = removeLinkPatch(read, entry);
    let location = read.location;
    if (operations.length) {
      try {
        location = (await patchAppointment(api, read, operations)).location;
      } catch (error) {
        this.deps.journal.put({ ...entry, phase: 'done' }, this.deps.clock.now());
        if (toAppError(error).code === 'appointment_changed') void this.deps.agenda.refresh('appointment-changed').catch(() => undefined);
        throw error;
      }
      this.deps.agenda.applyVideoLink(entry.appointmentId, { joinVideomeetUrl: read.joinVideomeetUrl === entry.meeting.joinUrl ? '' : read.joinVideomeetUrl, location });
    }
    try {
      await this.deps.videos.meetings(entry.provider).remove(entry.meeting.id);
    } catch (error) {
      const title = PROVIDER_TITLES[entry.provider];
      throw appError(toAppError(error).code === 'not_connected' ? 'not_connected' : 'meeting_left_behind', said('error.linkRemovedMeetingLeft', { appointment: entry.title, title, url: entry.meeting.joinUrl }), said('remedy.linkRemovedMeetingLeft', { title }));
    }
    this.forget(entry);
    this.deps.logger.log('info', 'video.removed', { provider: entry.provider, appointmentId: entry.appointmentId });
  }

  private requestFor(entry: AppointmentMeeting): MeetingRequest {
    const start = new Date(entry.start);
    const passcode = this.deps.videos.passcode(entry.provider);
    return {
      title: entry.title,
      start,
      durationMinutes: Math.max(1, Math.round((Date.parse(entry.end) - start.getTime()) / 60_000)),
      timeZone: this.deps.timeZone,
      idempotencyKey: entry.idempotencyKey,
      note: `Created by Video Meetings Tray for a SuperOffice appointment (${meetingReference(entry.idempotencyKey)})`,
      ...(passcode ? { passcode } : {}),
    };
  }

  private meetingView(entry: Written): MeetingView {
    const { meeting } = entry;
    return { provider: entry.provider, title: entry.title, joinUrl: meeting.joinUrl, meetingId: meeting.meetingId, start: entry.start, ...(meeting.passcode ? { passcode: meeting.passcode } : {}) };
  }

  private async exclusive<T>(appointmentId: number, kind: 'adding' | 'removing', run: () => Promise<T>): Promise<T> {
    const current = this.running.get(appointmentId);
    if (current) {
      if (current.kind !== kind) throw appError('already_in_progress', said(current.kind === 'adding' ? 'error.videoBeingAdded' : 'error.videoBeingRemoved'));
      return current.done as Promise<T>;
    }
    const done = run().finally(() => {
      this.running.delete(appointmentId);
      this.deps.agenda.onVideoChanged();
    });
    this.running.set(appointmentId, { kind, done });
    this.deps.agenda.onVideoChanged();
    return done;
  }

  private forget(entry: AppointmentMeeting): void {
    this.deps.journal.remove(entry.owner, entry.appointmentId);
  }

  private requireItem(key: string): AgendaItem {
    const item = this.deps.agenda.item(key);
    if (!item) throw appError('invalid_argument', said('error.meetingGone'));
    return item;
  }

  private owner(): string | undefined {
    const identity = this.deps.superOffice.identity();
    return identity ? `${identity.tenant}:${identity.associateId}` : undefined;
  }

  private requireOwner(): string {
    const owner = this.owner();
    if (!owner) throw appError('superoffice_required', said('error.superOfficeFirstForMeeting'));
    return owner;
  }

  private api(): SuperOfficeApi {
    const api = this.deps.superOffice.restApi();
    if (!api) throw appError('superoffice_required', said('error.superOfficeFirstForMeeting'));
    return api;
  }
}

/** Failures of a SuperOffice write after which it may or may not have been saved (a 4xx refusal saved nothing). */
function isUncertainWrite(error: AppError): boolean {
  return isUncertain(error) && !isRefusedRequest(error);
}

/** Failures after which the provider may or may not have made the meeting. */
function isUncertain(error: AppError): boolean {
  return error.code === 'network' || error.code === 'timeout' || error.code === 'server_error' || error.code === 'provider_unavailable' || error.code === 'bad_response';
}
