import type { GoogleSwitches } from '../switches.js';
import { nextEtag, type Calendar, type StoredEvent } from './calendar-store.js';
import type { CalendarContext } from './calendar-state.js';
import { badRequest, sendCalendarError } from './errors.js';
import { renderEvent } from './event-resource.js';
import { parseInstant } from './event-time.js';
import { isValidTimeZone } from './zoned-time.js';

const DEFAULT_MAX_RESULTS = 250;
const MAX_RESULTS_CAP = 2500;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodePageToken(token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed && Number.isInteger(parsed.o) && Number(parsed.o) >= 0) return Number(parsed.o);
  } catch {
    // falls through
  }
  return undefined;
}

function matchesProperties(properties: Record<string, string> | undefined, filters: string[]): boolean {
  return filters.every((filter) => {
    const eq = filter.indexOf('=');
    return eq > 0 && properties?.[filter.slice(0, eq)] === filter.slice(eq + 1);
  });
}

function matchesText(event: StoredEvent, q: string): boolean {
  const needle = q.toLowerCase();
  const { fields } = event;
  const haystack = [fields.summary, fields.description, fields.location, ...(fields.attendees ?? []).map((attendee) => attendee.email)];
  return haystack.some((text) => text !== undefined && text.toLowerCase().includes(needle));
}

/**
 * events.list: `timeMin` (exclusive bound on the event END) and `timeMax` (exclusive bound on the START),
 * both RFC 3339 with a mandatory offset; `orderBy=startTime` only with `singleEvents=true`; `maxResults`
 * (default 250, capped at 2500; switch `listPageLimit` makes pages shorter) with `nextPageToken` paging;
 * `showDeleted`, `q`, `privateExtendedProperty`/`sharedExtendedProperty` (key=value) and `timeZone`.
 * Without orderBy the order is unspecified (here: creation order). Recurring events are not expanded.
 */
export function listEvents(ctx: CalendarContext, calendar: Calendar, switches: GoogleSwitches): void {
  const query = ctx.query;
  if (query.syncToken !== undefined) {
    sendCalendarError(ctx, 410, { domain: 'calendar', reason: 'fullSyncRequired', message: 'Sync token is no longer valid, a full sync is required.' });
    return;
  }
  const timeMinRaw = single(query.timeMin);
  const timeMaxRaw = single(query.timeMax);
  const timeMin = timeMinRaw === undefined ? undefined : parseInstant(timeMinRaw);
  const timeMax = timeMaxRaw === undefined ? undefined : parseInstant(timeMaxRaw);
  if ((timeMinRaw !== undefined && timeMin === undefined) || (timeMaxRaw !== undefined && timeMax === undefined)) {
    badRequest(ctx, 'Bad Request', 'badRequest');
    return;
  }
  if (timeMin !== undefined && timeMax !== undefined && timeMin >= timeMax) {
    sendCalendarError(ctx, 400, {
      domain: 'calendar',
      reason: 'timeRangeEmpty',
      message: 'The specified time range is empty.',
      locationType: 'parameter',
      location: 'timeMax',
    });
    return;
  }
  const singleEventsRaw = single(query.singleEvents);
  if (singleEventsRaw !== undefined && singleEventsRaw !== 'true' && singleEventsRaw !== 'false') {
    badRequest(ctx, `Invalid value '${singleEventsRaw}'. Values must be true or false.`);
    return;
  }
  const orderBy = single(query.orderBy);
  if (orderBy !== undefined && orderBy !== 'startTime' && orderBy !== 'updated') {
    badRequest(ctx, `Invalid value '${orderBy}'. Values must be one of: startTime, updated.`);
    return;
  }
  if (orderBy === 'startTime' && singleEventsRaw !== 'true') {
    badRequest(ctx, 'The requested ordering is not available for the particular query.', 'badRequest');
    return;
  }
  const maxResultsRaw = single(query.maxResults);
  const maxResults = maxResultsRaw === undefined ? DEFAULT_MAX_RESULTS : Number(maxResultsRaw);
  if (!Number.isInteger(maxResults) || maxResults < 1) {
    badRequest(ctx, `Invalid value '${String(maxResultsRaw)}'. Values must be greater than or equal to 1.`);
    return;
  }
  const pageTokenRaw = single(query.pageToken);
  const offset = pageTokenRaw === undefined ? 0 : decodePageToken(pageTokenRaw);
  if (offset === undefined) {
    badRequest(ctx, 'Invalid page token value.');
    return;
  }
  const zone = single(query.timeZone) ?? calendar.account.timeZone;
  if (!isValidTimeZone(zone)) {
    badRequest(ctx, 'Invalid time zone definition.');
    return;
  }

  const showDeleted = single(query.showDeleted) === 'true';
  const q = single(query.q);
  const privateFilters = all(query.privateExtendedProperty);
  const sharedFilters = all(query.sharedExtendedProperty);
  const matched = [...calendar.events.values()].filter(
    (event) =>
      (showDeleted || event.status !== 'cancelled') &&
      (timeMin === undefined || event.end.instant > timeMin) &&
      (timeMax === undefined || event.start.instant < timeMax) &&
      (q === undefined || matchesText(event, q)) &&
      matchesProperties(event.fields.extendedProperties?.private, privateFilters) &&
      matchesProperties(event.fields.extendedProperties?.shared, sharedFilters),
  );
  if (orderBy === 'startTime') matched.sort((a, b) => a.start.instant - b.start.instant || a.end.instant - b.end.instant);
  if (orderBy === 'updated') matched.sort((a, b) => a.updated - b.updated);

  const pageSize = Math.min(maxResults, MAX_RESULTS_CAP, switches.listPageLimit ?? MAX_RESULTS_CAP);
  const page = matched.slice(offset, offset + pageSize);
  const more = offset + pageSize < matched.length;
  const updated = Math.max(0, ...[...calendar.events.values()].map((event) => event.updated));
  ctx.body = {
    kind: 'calendar#events',
    etag: nextEtag(),
    summary: calendar.account.username,
    description: '',
    updated: new Date(updated === 0 ? Date.now() : updated).toISOString(),
    timeZone: zone,
    accessRole: 'owner',
    defaultReminders: [{ method: 'popup', minutes: 10 }],
    ...(more ? { nextPageToken: encodePageToken(offset + pageSize) } : {}),
    items: page.map((event) => renderEvent(calendar, event, zone)),
  };
}
