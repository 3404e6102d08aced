import type { DiaryAppointment } from '../diary/appointment-record.js';
import { appointmentEntity, applySelect } from '../diary/carriers.js';
import type { SandboxDiary } from '../diary/diary-store.js';
import type { WireTime } from '../diary/time-zones.js';
import { selectParam } from './rest-request.js';
import type { RestContext } from './rest-route.js';

/** Answers 200 with the row as an AppointmentEntity (`$select` applied) and its UpdatedDate as Last-Modified. */
export function sendAppointmentEntity(ctx: RestContext, diary: SandboxDiary, row: DiaryAppointment, wire: WireTime): void {
  const { tenant } = ctx.state;
  const self = `${ctx.protocol}://${ctx.get('Host')}/${tenant}/api/v1/Appointment/${row.appointmentId}`;
  ctx.set('Last-Modified', new Date(Date.parse(row.updated)).toUTCString());
  ctx.body = applySelect(appointmentEntity(row, wire, diary.associates(tenant), self), selectParam(ctx));
}
