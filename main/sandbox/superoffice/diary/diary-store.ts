import { SANDBOX_ACCOUNTS } from '../accounts.js';
import type { SuperOfficeSwitches } from '../switches.js';
import { resolvedCopy, resolvedTimes, type DiaryAppointment, type DiaryAssociate } from './appointment-record.js';
import { diaryNow } from './diary-clock.js';
import { dayKey, generateDiary, ORGANISER } from './diary-data.js';
import { generateExtraAppointments } from './extra-appointments.js';
import { BASE_TIME_ZONE, instantToWallTime } from './time-zones.js';

/**
 * One tenant's appointments. The data set belongs to a day (base time zone): the first read on a new day
 * (by the diary clock) generates that day's set, which replaces the previous one, changes included.
 * Readers get copies; `update` is the one way to change a row (PATCH v1/Appointment/{id}, `diary.update` in tests).
 */
export class DiaryStore {
  readonly ctx: string;
  readonly #associates: ReadonlyArray<DiaryAssociate>;
  /** The `diaryExtraPerDay` switch, read on every access (a change regenerates the data set). */
  readonly #extraPerDay: () => number;
  #day: string | undefined;
  #extra = 0;
  #rows = new Map<number, DiaryAppointment>();

  constructor(ctx: string, users: ReadonlyArray<DiaryAssociate>, extraPerDay: () => number = () => 0) {
    this.ctx = ctx;
    this.#associates = users;
    this.#extraPerDay = extraPerDay;
  }

  /** The base-zone day (YYYY-MM-DD) the data set is for at `now`. */
  day(now: number): string {
    this.#ensure(now);
    return this.#day ?? '';
  }

  /** The associate's rows (any kind, any time), start order then id, times resolved for `now`. */
  list(associateId: number, now: number): DiaryAppointment[] {
    this.#ensure(now);
    return [...this.#rows.values()]
      .filter((row) => row.associateId === associateId)
      .map((row) => resolvedCopy(row, now))
      .sort(byStart);
  }

  /** The associate's rows with start < to and end > from (zero-length rows: from <= start < to), in start order. */
  between(associateId: number, from: number, to: number, now: number): DiaryAppointment[] {
    this.#ensure(now);
    return [...this.#rows.values()]
      .filter((row) => {
        if (row.associateId !== associateId) return false;
        const { start, end } = resolvedTimes(row, now);
        return end > start ? start < to && end > from : start >= from && start < to;
      })
      .map((row) => resolvedCopy(row, now))
      .sort(byStart);
  }

  get(appointmentId: number, now: number): DiaryAppointment | undefined {
    this.#ensure(now);
    const row = this.#rows.get(appointmentId);
    return row === undefined ? undefined : resolvedCopy(row, now);
  }

  /**
   * Changes a row: `change` edits a resolved copy, which then replaces the row with `updated` set to `now`.
   * A row that followed the clock stops doing so once its start or end is changed. Undefined when there is no such row.
   */
  update(appointmentId: number, now: number, by: number, change: (row: DiaryAppointment) => void): DiaryAppointment | undefined {
    this.#ensure(now);
    const row = this.#rows.get(appointmentId);
    if (row === undefined) return undefined;
    const copy = resolvedCopy(row, now);
    const before = { start: copy.start, end: copy.end };
    change(copy);
    copy.appointmentId = appointmentId;
    if (copy.start !== before.start || copy.end !== before.end) delete copy.followsClock;
    copy.updated = new Date(now).toISOString();
    copy.updatedByAssociateId = by;
    this.#rows.set(appointmentId, copy);
    return resolvedCopy(copy, now);
  }

  #ensure(now: number): void {
    const wall = instantToWallTime(now, BASE_TIME_ZONE.iana);
    const day = { year: wall.year, month: wall.month, day: wall.day };
    const key = dayKey(day);
    const extra = this.#extraPerDay();
    if (key === this.#day && extra === this.#extra) return;
    const rows = [...generateDiary(this.ctx, this.#associates, day), ...generateExtraAppointments(this.ctx, this.#associates, day, extra)];
    this.#rows = new Map(rows.map((row) => [row.appointmentId, row]));
    this.#day = key;
    this.#extra = extra;
  }
}

function byStart(a: DiaryAppointment, b: DiaryAppointment): number {
  return Date.parse(a.start) - Date.parse(b.start) || a.appointmentId - b.appointmentId;
}

/** The signed-in users of a tenant as diary owners, in the order of the sandbox accounts. */
function tenantUsers(ctx: string): DiaryAssociate[] {
  return SANDBOX_ACCOUNTS.filter((account) => account.ctx.toLowerCase() === ctx.toLowerCase()).map((account) => ({
    associateId: account.associateId,
    name: account.associateName,
    fullName: account.fullName,
    personId: account.personId,
    contactId: account.contactId,
    email: account.username,
  }));
}

/** Every tenant's diary and the diary clock (`diaryNow` switch). */
export class SandboxDiary {
  readonly #switches: SuperOfficeSwitches;
  readonly #stores = new Map<string, DiaryStore>();

  constructor(switches: SuperOfficeSwitches) {
    this.#switches = switches;
  }

  /** The diary clock in ms. */
  now(): number {
    return diaryNow(this.#switches.diaryNow);
  }

  get switches(): SuperOfficeSwitches {
    return this.#switches;
  }

  /** The tenant's store (created on first use). */
  store(ctx: string): DiaryStore {
    const key = ctx.toLowerCase();
    let store = this.#stores.get(key);
    if (store === undefined) {
      const canonical = SANDBOX_ACCOUNTS.find((account) => account.ctx.toLowerCase() === key)?.ctx ?? ctx;
      store = new DiaryStore(canonical, tenantUsers(canonical), () => this.#switches.diaryExtraPerDay ?? 0);
      this.#stores.set(key, store);
    }
    return store;
  }

  /** The associates whose diaries a tenant holds: its users and the organiser colleague. */
  associates(ctx: string): DiaryAssociate[] {
    return [...tenantUsers(ctx), ORGANISER];
  }
}

/** What `SuperOfficeSandbox.diary` offers tests and tools (no HTTP, no switches applied). */
export interface SuperOfficeDiaryApi {
  /** The associate's appointments in the data set of the diary clock's day (D-7 … D+13), in start order. */
  list(associateId: number, ctx?: string): DiaryAppointment[];
  /** One appointment (any associate's, the organiser's booking mothers included). */
  get(appointmentId: number, ctx?: string): DiaryAppointment | undefined;
  /**
   * As if a user edited the appointment in SuperOffice: `change` edits a copy, saved by the row's owner
   * with UpdatedDate = the diary clock's now. The updated row, or undefined when there is no such id.
   */
  update(appointmentId: number, change: (row: DiaryAppointment) => void, ctx?: string): DiaryAppointment | undefined;
  /** The diary clock: real time, or what the `diaryNow` switch says. */
  now(): Date;
}

export function diaryApi(diary: SandboxDiary, defaultCtx: string): SuperOfficeDiaryApi {
  return {
    list: (associateId, ctx = defaultCtx) => diary.store(ctx).list(associateId, diary.now()),
    get: (appointmentId, ctx = defaultCtx) => diary.store(ctx).get(appointmentId, diary.now()),
    update: (appointmentId, change, ctx = defaultCtx) => {
      const store = diary.store(ctx);
      const now = diary.now();
      const owner = store.get(appointmentId, now)?.associateId;
      return owner === undefined ? undefined : store.update(appointmentId, now, owner, change);
    },
    now: () => new Date(diary.now()),
  };
}
