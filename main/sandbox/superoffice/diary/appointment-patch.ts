import type { DiaryAppointment } from './appointment-record.js';
import { findPatchField, findReadOnlyProperty, PATCH_FIELDS, type PatchField } from './patch-fields.js';
import { parseWireTime, type WireTime } from './time-zones.js';

/**
 * The body of `PATCH v1/Appointment/{id}` applied to a row, as SuperOffice documents it
 * (v1AppointmentEntity_PatchAppointmentEntity): a JSON Patch array (RFC 6902; ops add, replace, remove and
 * test; move and copy are refused) or a JSON Merge Patch object (RFC 7396), which is turned into replace
 * ops (null → remove). Paths are case-insensitive and the leading slash is optional. Ops run in order on a
 * draft; the first failure ends the patch and nothing is written.
 *
 * Sandbox rules (SuperOffice documents none): only the fields in patch-fields.ts are patchable (others
 * 400); `add` on them is a replace; `remove` empties a string, clears a flag and is refused for dates;
 * `test` compares strings exactly (case-sensitive), flags strictly and dates as instants; a patch of only
 * `test` ops (or none) writes nothing; EndDate may not end up before StartDate.
 */

export type PatchOutcome =
  | { ok: true; change: ((row: DiaryAppointment) => void) | undefined }
  | { ok: false; status: 400 | 409; message: string };

type OpName = 'add' | 'replace' | 'remove' | 'test';

interface Operation {
  op: OpName;
  path: string;
  value: unknown;
  hasValue: boolean;
}

/** The documented 409 text. */
export const TEST_CONFLICT = "Update blocked because a 'test' operation has detected a conflict with the entity value.";

const PATCHABLE = PATCH_FIELDS.map((field) => field.name).join(', ');

type Failure = { ok: false; status: 400 | 409; message: string };

const bad = (message: string): Failure => ({ ok: false, status: 400, message });

/** Turns the body into operations (400 for anything that is neither a JSON Patch nor a Merge Patch document). */
function operations(body: unknown): Operation[] | Failure {
  if (Array.isArray(body)) {
    const ops: Operation[] = [];
    for (const [index, item] of body.entries()) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return bad(`JSON Patch operation ${index} is not an object`);
      const fields = item as Record<string, unknown>;
      const op = typeof fields.op === 'string' ? fields.op.toLowerCase() : undefined;
      if (op === 'move' || op === 'copy') return bad(`JSON Patch operation '${op}' is not supported: use add, replace, remove or test`);
      if (op !== 'add' && op !== 'replace' && op !== 'remove' && op !== 'test') {
        return bad(`JSON Patch operation ${index} has no valid "op" (add, replace, remove or test): ${JSON.stringify(fields.op ?? null)}`);
      }
      if (typeof fields.path !== 'string') return bad(`JSON Patch operation ${index} has no "path" string`);
      const hasValue = 'value' in fields;
      if (op !== 'remove' && !hasValue) return bad(`JSON Patch operation ${index} ('${op}' ${fields.path}) has no "value"`);
      ops.push({ op, path: fields.path, value: fields.value, hasValue });
    }
    return ops;
  }
  if (typeof body === 'object' && body !== null) {
    return Object.entries(body).map(([key, value]) =>
      value === null ? { op: 'remove', path: key, value: undefined, hasValue: false } : { op: 'replace', path: key, value, hasValue: true },
    );
  }
  return bad('The body must be a JSON Patch array or a JSON Merge Patch object');
}

/** The field a path names (JSON Pointer, case-insensitive, leading slash optional), or a 400. */
function fieldAt(path: string): PatchField | Failure {
  const segments = path
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const name = segments[0] ?? '';
  if (name === '') return bad(`The path '${path}' does not name a property (patchable: ${PATCHABLE})`);
  const field = findPatchField(name);
  const readOnly = findReadOnlyProperty(name);
  if (field === undefined) {
    return bad(readOnly === undefined ? `AppointmentEntity has no property '${name}' (patchable: ${PATCHABLE})` : `'${readOnly}' is read-only (patchable: ${PATCHABLE})`);
  }
  if (segments.length > 1) return bad(`The path '${path}' goes inside '${field.name}', which has no members`);
  return field;
}

function mismatch(field: PatchField, value: unknown): boolean {
  return field.kind === 'date-time' ? typeof value !== 'string' : typeof value !== field.kind;
}

/** Writes `value` (checked) into the draft. */
function assign(field: PatchField, draft: DiaryAppointment, value: unknown, wire: WireTime): Failure | undefined {
  if (mismatch(field, value)) return bad(`'${field.name}' must be a ${field.kind === 'date-time' ? 'date-time string' : field.kind}, not ${JSON.stringify(value)}`);
  switch (field.kind) {
    case 'string': {
      const text = value as string;
      if (text.length > field.maxLength) return bad(`'${field.name}' is ${text.length} characters long; at most ${field.maxLength} are allowed`);
      field.write(draft, text);
      return undefined;
    }
    case 'boolean':
      field.write(draft, value as boolean);
      return undefined;
    case 'date-time': {
      const ms = parseWireTime(value as string, wire);
      if (ms === undefined) return bad(`'${field.name}' is not a valid date-time: ${JSON.stringify(value)}`);
      field.write(draft, ms);
      return undefined;
    }
  }
}

function clear(field: PatchField, draft: DiaryAppointment): Failure | undefined {
  switch (field.kind) {
    case 'string':
      field.write(draft, '');
      return undefined;
    case 'boolean':
      field.write(draft, false);
      return undefined;
    case 'date-time':
      return bad(`'${field.name}' cannot be removed`);
  }
}

function equals(field: PatchField, draft: DiaryAppointment, value: unknown, wire: WireTime): boolean {
  switch (field.kind) {
    case 'string':
    case 'boolean':
      return field.read(draft) === value;
    case 'date-time':
      return typeof value === 'string' && parseWireTime(value, wire) === field.read(draft);
  }
}

function copy(field: PatchField, from: DiaryAppointment, to: DiaryAppointment): void {
  switch (field.kind) {
    case 'string':
      field.write(to, field.read(from));
      break;
    case 'boolean':
      field.write(to, field.read(from));
      break;
    case 'date-time':
      field.write(to, field.read(from));
      break;
  }
}

/**
 * Applies the patch document to a copy of `row`. On success, `change` writes the patched fields into a row
 * (for DiaryStore.update), or is undefined when there is nothing to write.
 */
export function applyAppointmentPatch(row: DiaryAppointment, body: unknown, wire: WireTime): PatchOutcome {
  const ops = operations(body);
  if (!Array.isArray(ops)) return ops;
  const draft = structuredClone(row);
  const touched = new Set<PatchField>();
  for (const operation of ops) {
    const field = fieldAt(operation.path);
    if ('ok' in field) return field;
    if (operation.op === 'test') {
      if (!equals(field, draft, operation.value, wire)) return { ok: false, status: 409, message: TEST_CONFLICT };
      continue;
    }
    const failure = operation.op === 'remove' ? clear(field, draft) : assign(field, draft, operation.value, wire);
    if (failure !== undefined) return failure;
    touched.add(field);
  }
  if (Date.parse(draft.end) < Date.parse(draft.start)) return bad('EndDate is before StartDate');
  if (touched.size === 0) return { ok: true, change: undefined };
  return {
    ok: true,
    change: (target) => {
      for (const field of touched) copy(field, draft, target);
    },
  };
}
