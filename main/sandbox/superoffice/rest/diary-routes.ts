import type { Context } from 'koa';
import { readBody } from '../../http/read-body.js';
import { appointmentCarrier, appointmentEntity, applySelect } from '../diary/carriers.js';
import { parseDiaryRequest } from '../diary/diary-request.js';
import type { SandboxDiary } from '../diary/diary-store.js';
import { applyDiarySwitch } from '../diary/diary-switch.js';
import { parseSoTimeZoneHeader, type WireTime } from '../diary/time-zones.js';
import { sendRestError } from './rest-errors.js';
import type { RestContext, RestRoute } from './rest-route.js';

/** What the diary routes need from the running sandbox. */
export interface DiaryRouteDeps {
  diary: SandboxDiary;
  /** Aborted when the sandbox closes (ends the 'slow' wait). */
  lifetime: AbortSignal;
}

const JSON_TYPES = ['application/json', 'text/json'];

function wireTime(ctx: Context): WireTime | undefined {
  const wire = parseSoTimeZoneHeader(ctx.get('SO-TimeZone') || undefined);
  if ('error' in wire) {
    sendRestError(ctx, 400, wire.error, 'ArgumentException');
    return undefined;
  }
  return wire;
}

function selectParam(ctx: Context): string | undefined {
  const value = ctx.query.$select;
  return Array.isArray(value) ? value.join(',') : value;
}

/** Reads a JSON body (application/json, text/json, or no Content-Type); answers 415/400 itself and returns undefined. */
async function jsonBody(ctx: Context): Promise<{ value: unknown } | undefined> {
  const type = (ctx.get('Content-Type').split(';')[0] ?? '').trim().toLowerCase();
  if (type !== '' && !JSON_TYPES.includes(type)) {
    sendRestError(ctx, 415, `The request entity's media type '${type}' is not supported for this resource.`, 'UnsupportedMediaType');
    return undefined;
  }
  const raw = await readBody(ctx.req);
  if (raw === undefined) {
    sendRestError(ctx, 400, 'The request body is too large', 'ArgumentException');
    return undefined;
  }
  if (raw.trim() === '') {
    sendRestError(ctx, 400, 'The request body is empty: send {"StartTime", "EndTime", "Count"}', 'ArgumentException');
    return undefined;
  }
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    sendRestError(ctx, 400, 'The request body is not valid JSON', 'ArgumentException');
    return undefined;
  }
}

/**
 * `POST v1/Agents/Appointment/GetMyDiary` `{"StartTime", "EndTime", "Count"}`: the signed-in user's diary
 * rows that overlap the range — a row is in when it ends after StartTime and starts before EndTime (so a
 * meeting running at StartTime is in, one ending exactly at StartTime or starting exactly at EndTime is not;
 * EndTime = StartTime gives the rows running at that instant; a zero-length row counts when
 * StartTime <= its start < EndTime) — in start order (then id), at most Count (capped at 500).
 * An array of Appointment carriers; date-times in the base zone or SO-TimeZone, without offsets unless
 * `includeTZOffset`. `$select` nulls the other fields. The range rules are the sandbox's: SuperOffice
 * documents none.
 */
function getMyDiaryRoute(deps: DiaryRouteDeps): RestRoute {
  return {
    method: 'POST',
    path: 'v1/Agents/Appointment/GetMyDiary',
    async handle(ctx: RestContext) {
      const wire = wireTime(ctx);
      if (wire === undefined) return;
      const mode = await applyDiarySwitch(ctx, deps.diary.switches, deps.lifetime);
      if (mode === 'done') return;
      const body = await jsonBody(ctx);
      if (body === undefined) return;
      const request = parseDiaryRequest(body.value, wire);
      if ('error' in request) {
        sendRestError(ctx, 400, request.error, 'ArgumentException');
        return;
      }
      if (mode === 'empty') {
        ctx.body = [];
        return;
      }
      const { tenant, principal } = ctx.state;
      const store = deps.diary.store(tenant);
      const associates = deps.diary.associates(tenant);
      const select = selectParam(ctx);
      const rows = store.between(principal.account.associateId, request.from, request.to, deps.diary.now()).slice(0, request.count);
      ctx.body = rows.map((row) => applySelect(appointmentCarrier(row, wire, associates), select));
    },
  };
}

/**
 * `GET v1/Appointment/{id}`: an AppointmentEntity (the modelled subset) of any appointment in the tenant,
 * 404 when there is none; the 'empty' diary switch makes every id unknown.
 */
function appointmentEntityRoute(deps: DiaryRouteDeps): RestRoute {
  return {
    method: 'GET',
    path: 'v1/Appointment/:id',
    async handle(ctx: RestContext) {
      const wire = wireTime(ctx);
      if (wire === undefined) return;
      const id = ctx.params.id ?? '';
      const mode = await applyDiarySwitch(ctx, deps.diary.switches, deps.lifetime);
      if (mode === 'done') return;
      const { tenant } = ctx.state;
      const row = mode === 'empty' || !/^\d{1,9}$/.test(id) ? undefined : deps.diary.store(tenant).get(Number(id), deps.diary.now());
      if (row === undefined) {
        sendRestError(ctx, 404, `Appointment ${id} not found`, 'NotFound');
        return;
      }
      const self = `${ctx.protocol}://${ctx.get('Host')}/${tenant}/api/v1/Appointment/${row.appointmentId}`;
      ctx.set('Last-Modified', new Date(Date.parse(row.updated)).toUTCString());
      ctx.body = applySelect(appointmentEntity(row, wire, deps.diary.associates(tenant), self), selectParam(ctx));
    },
  };
}

/** The diary's REST resources. */
export function diaryRoutes(deps: DiaryRouteDeps): RestRoute[] {
  return [getMyDiaryRoute(deps), appointmentEntityRoute(deps)];
}
