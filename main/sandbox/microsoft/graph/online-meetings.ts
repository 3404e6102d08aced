import type Router from '@koa/router';
import { z } from 'zod';
import { randomInt } from 'node:crypto';
import { randomAlphanumeric, randomDigits } from '../ids.js';
import type { MicrosoftSwitches } from '../switches.js';
import { TENANT } from '../tenant.js';
import type { MicrosoftUser } from '../users.js';
import type { GraphContext, GraphState } from './graph-state.js';
import { newThreadId, teamsJoinUrl } from './join-url.js';
import { readJson } from './json-body.js';
import type { MeetingStore, OnlineMeetingRecord } from './meeting-store.js';
import { requireScope, sendError, sendJson } from './respond.js';

/** Writable onlineMeeting properties the sandbox accepts and ignores (anything else is RequestBodyRead). */
const IGNORED = z.unknown().optional();
const createSchema = z
  .object({
    startDateTime: z.string().optional(),
    endDateTime: z.string().optional(),
    subject: z.string().nullable().optional(),
    joinMeetingIdSettings: z.object({ isPasscodeRequired: z.boolean().optional(), passcode: z.unknown().optional() }).strict().nullable().optional(),
    participants: IGNORED,
    lobbyBypassSettings: IGNORED,
    allowedPresenters: IGNORED,
    isEntryExitAnnounced: IGNORED,
    allowMeetingChat: IGNORED,
    allowTeamworkReactions: IGNORED,
    recordAutomatically: IGNORED,
    chatInfo: IGNORED,
    externalId: IGNORED,
  })
  .strict();

/** Graph's date-time form for onlineMeeting: UTC with 7 fraction digits, e.g. 2019-07-11T02:17:17.6491364Z. */
function graphUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

function meetingJson(meeting: OnlineMeetingRecord, user: MicrosoftUser): Record<string, unknown> {
  return {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${user.id}')/onlineMeetings/$entity`,
    id: meeting.id,
    creationDateTime: meeting.creationDateTime,
    startDateTime: meeting.startDateTime,
    endDateTime: meeting.endDateTime,
    joinWebUrl: meeting.joinWebUrl,
    subject: meeting.subject,
    isEntryExitAnnounced: true,
    allowedPresenters: 'everyone',
    videoTeleconferenceId: null,
    audioConferencing: null,
    chatInfo: { threadId: meeting.threadId, messageId: '0', replyChainMessageId: null },
    joinMeetingIdSettings: { isPasscodeRequired: meeting.isPasscodeRequired, joinMeetingId: meeting.joinMeetingId, passcode: meeting.passcode },
    lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
    participants: {
      organizer: {
        upn: user.username,
        role: 'presenter',
        identity: { user: { id: user.id, displayName: user.displayName, tenantId: TENANT.id, identityProvider: 'AAD' } },
      },
      attendees: [],
    },
  };
}

/** Personal Microsoft accounts cannot use onlineMeetings; the permission is checked next. */
function allowed(ctx: GraphContext, switches: MicrosoftSwitches, permissions: ReadonlyArray<string>): boolean {
  if (switches.personalAccount) {
    sendError(ctx, 403, 'Forbidden', 'OnlineMeetings API is not supported for personal Microsoft accounts. Use a work or school account.');
    return false;
  }
  return requireScope(ctx, permissions, 'Forbidden', 'Insufficient permissions: the access token does not carry OnlineMeetings.ReadWrite.');
}

function find(ctx: GraphContext, store: MeetingStore): OnlineMeetingRecord | undefined {
  const meeting = store.onlineMeetings.get(ctx.params.id ?? '');
  if (meeting !== undefined && meeting.ownerId === ctx.state.principal.user.id) return meeting;
  sendError(ctx, 404, 'NotFound', 'The requested online meeting was not found.');
  return undefined;
}

function parseInstant(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A new meeting for the caller from a create body; undefined when the body is refused (the error is sent). */
function newMeeting(ctx: GraphContext, body: z.infer<typeof createSchema>): OnlineMeetingRecord | undefined {
  if (body.joinMeetingIdSettings?.passcode !== undefined) {
    sendError(ctx, 400, 'BadRequest', 'Custom passcode is not supported. The passcode is generated automatically; set only isPasscodeRequired.');
    return undefined;
  }
  const now = Date.now();
  const start = parseInstant(body.startDateTime, now);
  const end = parseInstant(body.endDateTime, (start ?? now) + 60 * 60 * 1000);
  if (start === undefined || end === undefined) {
    sendError(ctx, 400, 'BadRequest', 'startDateTime and endDateTime must be ISO 8601 date-times.');
    return undefined;
  }
  const { user } = ctx.state.principal;
  const threadId = newThreadId();
  // Tenant policy in the sandbox: a passcode is required unless the request turns it off.
  const isPasscodeRequired = body.joinMeetingIdSettings?.isPasscodeRequired ?? true;
  return {
    id: Buffer.from(`1*${user.id}*0**${threadId}`).toString('base64url'),
    ownerId: user.id,
    subject: body.subject ?? null,
    startDateTime: graphUtc(start),
    endDateTime: graphUtc(end),
    creationDateTime: graphUtc(now),
    joinWebUrl: teamsJoinUrl(threadId, user.id),
    threadId,
    joinMeetingId: randomDigits(randomInt(12, 14)),
    passcode: isPasscodeRequired ? randomAlphanumeric(6) : null,
    isPasscodeRequired,
  };
}

/**
 * `POST/GET/DELETE /v1.0/me/onlineMeetings[/{id}]` (OnlineMeetings.ReadWrite, work accounts only).
 * Teams generates the join link, a 12–13 digit meeting id and the passcode; a custom passcode is refused.
 */
export function onlineMeetingRoutes(router: Router<GraphState>, store: MeetingStore, switches: MicrosoftSwitches): void {
  router.post('/v1.0/me/onlineMeetings', async (ctx) => {
    if (!allowed(ctx, switches, ['OnlineMeetings.ReadWrite'])) return;
    const body = await readJson(ctx, createSchema, 'microsoft.graph.onlineMeeting', 'BadRequest');
    if (body === undefined) return;
    const meeting = newMeeting(ctx, body);
    if (meeting === undefined) return;
    store.onlineMeetings.set(meeting.id, meeting);
    created(ctx, meeting);
  });

  /**
   * `POST /v1.0/me/onlineMeetings/createOrGet` {externalId, …}: the caller's meeting with that externalId
   * (200), or a new one carrying it (201). externalId is required.
   */
  router.post('/v1.0/me/onlineMeetings/createOrGet', async (ctx) => {
    if (!allowed(ctx, switches, ['OnlineMeetings.ReadWrite'])) return;
    const body = await readJson(ctx, createSchema, 'microsoft.graph.onlineMeeting', 'BadRequest');
    if (body === undefined) return;
    const externalId = typeof body.externalId === 'string' ? body.externalId.trim() : '';
    if (!externalId) {
      sendError(ctx, 400, 'BadRequest', 'externalId is required.');
      return;
    }
    const ownerId = ctx.state.principal.user.id;
    const existing = [...store.onlineMeetings.values()].find((meeting) => meeting.ownerId === ownerId && meeting.externalId === externalId);
    if (existing !== undefined) {
      sendJson(ctx, 200, meetingJson(existing, ctx.state.principal.user), switches);
      return;
    }
    const meeting = newMeeting(ctx, body);
    if (meeting === undefined) return;
    meeting.externalId = externalId;
    store.onlineMeetings.set(meeting.id, meeting);
    created(ctx, meeting);
  });

  function created(ctx: GraphContext, meeting: OnlineMeetingRecord): void {
    const { user } = ctx.state.principal;
    ctx.set('Location', `https://graph.microsoft.com/v1.0/users('${user.id}')/onlineMeetings('${meeting.id}')`);
    sendJson(ctx, 201, meetingJson(meeting, user), switches);
  }

  router.get('/v1.0/me/onlineMeetings/:id', (ctx) => {
    if (!allowed(ctx, switches, ['OnlineMeetings.ReadWrite', 'OnlineMeetings.Read'])) return;
    const meeting = find(ctx, store);
    if (meeting !== undefined) sendJson(ctx, 200, meetingJson(meeting, ctx.state.principal.user), switches);
  });

  router.delete('/v1.0/me/onlineMeetings/:id', (ctx) => {
    if (!allowed(ctx, switches, ['OnlineMeetings.ReadWrite'])) return;
    const meeting = find(ctx, store);
    if (meeting === undefined) return;
    store.onlineMeetings.delete(meeting.id);
    ctx.status = 204;
  });
}
