import { applyAppointmentPatch } from '../diary/appointment-patch.js';
import { applyWriteSwitch, loseAnswer } from '../diary/write-switch.js';
import { sendAppointmentEntity } from './appointment-response.js';
import type { DiaryRouteDeps } from './diary-routes.js';
import { parseHttpDate } from './http-date.js';
import { sendRestError } from './rest-errors.js';
import { jsonBody, wireTime } from './rest-request.js';
import type { RestContext, RestRoute } from './rest-route.js';

/** The Content-Types the documented PATCH accepts (or none). */
const PATCH_TYPES = ['application/json', 'text/json', 'application/json-patch+json', 'application/merge-patch+json'];

/** The documented 412 text. */
export const UNMODIFIED_SINCE_FAILED = 'Update aborted because appointment has changed since the requested If-Unmodified-Since timestamp.';

/**
 * `PATCH v1/Appointment/{id}`: a JSON Patch or JSON Merge Patch of the appointment (see
 * diary/appointment-patch.ts for the document rules), saved as the caller; 200 with the updated
 * AppointmentEntity and Last-Modified, like GET. Checks, in order: SO-TimeZone and If-Unmodified-Since
 * syntax (400), Content-Type (415), body (400), the `appointmentWrite` switch, the id (404), the owner
 * (403), If-Unmodified-Since against UpdatedDate in whole seconds (412), then the ops (400/409).
 * All or nothing: a failing op leaves the row as it was.
 */
export function appointmentPatchRoute(deps: DiaryRouteDeps): RestRoute {
  return {
    method: 'PATCH',
    path: 'v1/Appointment/:id',
    async handle(ctx: RestContext) {
      const wire = wireTime(ctx);
      if (wire === undefined) return;
      const header = ctx.get('If-Unmodified-Since');
      const since = header === '' ? undefined : parseHttpDate(header);
      if (header !== '' && since === undefined) {
        sendRestError(ctx, 400, `If-Unmodified-Since is not an HTTP date: '${header}'`, 'ArgumentException');
        return;
      }
      const body = await jsonBody(ctx, { types: PATCH_TYPES, empty: 'The request body is empty: send a JSON Patch array or a JSON Merge Patch object' });
      if (body === undefined) return;
      const verdict = await applyWriteSwitch(ctx, deps.diary.switches, deps.lifetime);
      if (verdict === 'refused') return;

      // From here to the write nothing awaits, so the check-then-write is atomic.
      const id = ctx.params.id ?? '';
      const { tenant, principal } = ctx.state;
      const store = deps.diary.store(tenant);
      const now = deps.diary.now();
      const row = /^\d{1,9}$/.test(id) ? store.get(Number(id), now) : undefined;
      if (row === undefined) {
        sendRestError(ctx, 404, `Appointment ${id} not found`, 'NotFound');
        return;
      }
      // Sandbox rule: only the appointment's owner may change it (SuperOffice applies its own, richer
      // rights; colleagues' rows and the organiser's booking mothers are someone else's here).
      const me = principal.account.associateId;
      if (row.associateId !== me) {
        sendRestError(ctx, 403, `Appointment ${row.appointmentId} belongs to associate ${row.associateId}; only its owner may change it`, 'Forbidden');
        return;
      }
      if (since !== undefined && Math.floor(Date.parse(row.updated) / 1000) * 1000 > since) {
        sendRestError(ctx, 412, UNMODIFIED_SINCE_FAILED, 'PreconditionFailed');
        return;
      }
      const outcome = applyAppointmentPatch(row, body.value, wire);
      if (!outcome.ok) {
        sendRestError(ctx, outcome.status, outcome.message, outcome.status === 409 ? 'Conflict' : 'ArgumentException');
        return;
      }
      const saved = outcome.change === undefined ? row : store.update(row.appointmentId, now, me, outcome.change);
      if (saved === undefined) {
        sendRestError(ctx, 404, `Appointment ${id} not found`, 'NotFound');
        return;
      }
      if (verdict === 'write-unanswered') return;
      if (verdict === 'write-then-lose-answer' && outcome.change !== undefined) {
        loseAnswer(ctx);
        return;
      }
      sendAppointmentEntity(ctx, deps.diary, saved, wire);
    },
  };
}
