import { randomUUID } from 'node:crypto';

/** A reservation in the sandbox's central video meeting service. */
export interface VideoMeetingReservation {
  /** A GUID, as the central service issues them. */
  videoMeetingId: string;
  url: string;
  /** Who reserved it. */
  associateId: number;
  /** ISO instant (diary clock). */
  createdAt: string;
  /** ISO instant (diary clock) once DeleteVideoMeetingReservation removed it. */
  deletedAt?: string;
}

/** `https://{ctx}.meetings-sod.superoffice.com/join/{id}`, the shape of SuperOffice's documented example. */
export function reservationUrl(ctx: string, videoMeetingId: string): string {
  return `https://${ctx.toLowerCase()}.meetings-sod.superoffice.com/join/${videoMeetingId}`;
}

/**
 * The central video meeting service's state per tenant: which associates have authorised it (through the
 * LoginUrl page) and their reservations. Nobody is authorised at start.
 */
export class SandboxVideoMeetings {
  readonly #now: () => number;
  readonly #authorised = new Set<string>();
  /** Lower-cased ctx → its reservations, oldest first. */
  readonly #reservations = new Map<string, VideoMeetingReservation[]>();

  /** `now`: the clock for createdAt/deletedAt (the diary clock). */
  constructor(now: () => number) {
    this.#now = now;
  }

  authorise(ctx: string, associateId: number): void {
    this.#authorised.add(userKey(ctx, associateId));
  }

  /** As if the user disconnected on the service's web page. */
  disconnect(ctx: string, associateId: number): void {
    this.#authorised.delete(userKey(ctx, associateId));
  }

  isAuthorised(ctx: string, associateId: number): boolean {
    return this.#authorised.has(userKey(ctx, associateId));
  }

  /** A new reservation with a random GUID. */
  reserve(ctx: string, associateId: number): VideoMeetingReservation {
    const videoMeetingId = randomUUID();
    const reservation: VideoMeetingReservation = {
      videoMeetingId,
      url: reservationUrl(ctx, videoMeetingId),
      associateId,
      createdAt: new Date(this.#now()).toISOString(),
    };
    this.#list(ctx).push(reservation);
    return { ...reservation };
  }

  /** Marks the associate's live reservation deleted; false when there is none with that id (case-insensitive). */
  delete(ctx: string, associateId: number, videoMeetingId: string): boolean {
    const wanted = videoMeetingId.trim().toLowerCase();
    const found = this.#list(ctx).find(
      (reservation) => reservation.videoMeetingId === wanted && reservation.associateId === associateId && reservation.deletedAt === undefined,
    );
    if (found === undefined) return false;
    found.deletedAt = new Date(this.#now()).toISOString();
    return true;
  }

  /** Copies of the tenant's reservations, deleted ones included, oldest first. */
  reservations(ctx: string): VideoMeetingReservation[] {
    return this.#list(ctx).map((reservation) => ({ ...reservation }));
  }

  #list(ctx: string): VideoMeetingReservation[] {
    const key = ctx.toLowerCase();
    let list = this.#reservations.get(key);
    if (list === undefined) {
      list = [];
      this.#reservations.set(key, list);
    }
    return list;
  }
}

function userKey(ctx: string, associateId: number): string {
  return `${ctx.toLowerCase()}\n${associateId}`;
}

/** What `SuperOfficeSandbox.videoMeetings` offers tests (no HTTP, no switches applied). */
export interface SuperOfficeVideoMeetingsApi {
  /** As if the user clicked "Authorise" on the LoginUrl page. */
  authorise(associateId: number, ctx?: string): void;
  /** As if the user disconnected on the service's web page (SuperOffice: meetings.superoffice.com/meet/DisconnectUser). */
  disconnect(associateId: number, ctx?: string): void;
  isAuthorised(associateId: number, ctx?: string): boolean;
  /** The tenant's reservations, oldest first; `deleted` once DeleteVideoMeetingReservation removed one. */
  reservations(ctx?: string): ReadonlyArray<{ videoMeetingId: string; url: string; associateId: number; deleted: boolean }>;
}

export function videoMeetingsApi(meetings: SandboxVideoMeetings, defaultCtx: string): SuperOfficeVideoMeetingsApi {
  return {
    authorise: (associateId, ctx = defaultCtx) => meetings.authorise(ctx, associateId),
    disconnect: (associateId, ctx = defaultCtx) => meetings.disconnect(ctx, associateId),
    isAuthorised: (associateId, ctx = defaultCtx) => meetings.isAuthorised(ctx, associateId),
    reservations: (ctx = defaultCtx) =>
      meetings.reservations(ctx).map(({ videoMeetingId, url, associateId, deletedAt }) => ({ videoMeetingId, url, associateId, deleted: deletedAt !== undefined })),
  };
}
