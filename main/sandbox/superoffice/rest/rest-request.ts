import type { Context } from 'koa';
import { readBody } from '../../http/read-body.js';
import { parseSoTimeZoneHeader, type WireTime } from '../diary/time-zones.js';
import { sendRestError } from './rest-errors.js';

/** Request helpers the REST routes share: SO-TimeZone, `$select` and JSON bodies. */

/** The Content-Types a JSON body may have (besides none at all). */
export const JSON_TYPES: ReadonlyArray<string> = ['application/json', 'text/json'];

/** The request's SO-TimeZone; answers 400 itself and returns undefined when the header is bad. */
export function wireTime(ctx: Context): WireTime | undefined {
  const wire = parseSoTimeZoneHeader(ctx.get('SO-TimeZone') || undefined);
  if ('error' in wire) {
    sendRestError(ctx, 400, wire.error, 'ArgumentException');
    return undefined;
  }
  return wire;
}

export function selectParam(ctx: Context): string | undefined {
  const value = ctx.query.$select;
  return Array.isArray(value) ? value.join(',') : value;
}

export interface JsonBodyOptions {
  /** Accepted Content-Types (lower-case, no parameters); default JSON_TYPES. No Content-Type is always accepted. */
  types?: ReadonlyArray<string>;
  /** The 400 message for an empty body. */
  empty: string;
}

/** Reads a JSON body; answers 415/400 itself and returns undefined. */
export async function jsonBody(ctx: Context, options: JsonBodyOptions): Promise<{ value: unknown } | undefined> {
  const type = (ctx.get('Content-Type').split(';')[0] ?? '').trim().toLowerCase();
  if (type !== '' && !(options.types ?? JSON_TYPES).includes(type)) {
    sendRestError(ctx, 415, `The request entity's media type '${type}' is not supported for this resource.`, 'UnsupportedMediaType');
    return undefined;
  }
  const raw = await readBody(ctx.req);
  if (raw === undefined) {
    sendRestError(ctx, 400, 'The request body is too large', 'ArgumentException');
    return undefined;
  }
  if (raw.trim() === '') {
    sendRestError(ctx, 400, options.empty, 'ArgumentException');
    return undefined;
  }
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    sendRestError(ctx, 400, 'The request body is not valid JSON', 'ArgumentException');
    return undefined;
  }
}
