import { appointmentCarrier, applySelect } from '../diary/carriers.js';
import { parseDiaryRequest } from '../diary/diary-request.js';
import type { SandboxDiary } from '../diary/diary-store.js';
import { applyDiarySwitch } from '../diary/diary-switch.js';
import { sendAppointmentEntity } from './appointment-response.js';
import { sendRestError } from './rest-errors.js';
import { jsonBody, selectParam, wireTime } from './rest-request.js';
import type { RestContext, RestRoute } from './rest-route.js';

/** What the diary routes need from the running sandbox. */
export interface DiaryRouteDeps {
  diary: SandboxDiary;
  /** Aborted when the sandbox closes (ends the 'slow' wait). */
  lifetime: AbortSignal;
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
      const body = await jsonBody(ctx, { empty: 'The request body is empty: send {"StartTime", "EndTime", "Count"}' });
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
      sendAppointmentEntity(ctx, deps.diary, row, wire);
    },
  };
}

/** The diary's REST resources. */
export function diaryRoutes(deps: DiaryRouteDeps): RestRoute[] {
  return [getMyDiaryRoute(deps), appointmentEntityRoute(deps)];
}
