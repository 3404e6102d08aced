import { z } from 'zod';
import { parseWireTime, type WireTime } from './time-zones.js';

/** The most rows one GetMyDiary call returns; a larger Count is capped (sandbox choice). */
export const MAX_DIARY_COUNT = 500;

/** The longest range one call may ask for (sandbox choice: about a year). */
export const MAX_DIARY_RANGE_DAYS = 366;

const FIELDS: Record<string, 'StartTime' | 'EndTime' | 'Count'> = { starttime: 'StartTime', endtime: 'EndTime', count: 'Count' };

const bodySchema = z.object({
  StartTime: z.string({ error: 'StartTime is required (an ISO 8601 date-time)' }),
  EndTime: z.string({ error: 'EndTime is required (an ISO 8601 date-time)' }),
  Count: z
    .number({ error: 'Count is required (an integer, 1 or more)' })
    .int({ error: 'Count must be an integer' })
    .min(1, { error: 'Count must be 1 or more' }),
});

export interface DiaryRequest {
  from: number;
  to: number;
  count: number;
}

/**
 * Validates a GetMyDiary body `{"StartTime": …, "EndTime": …, "Count": …}`. Property names match
 * case-insensitively and unknown properties are ignored (as ASP.NET model binding does). Times without
 * an offset are wall-clock times of the request's zone (SO-TimeZone or the base zone).
 */
export function parseDiaryRequest(body: unknown, wire: WireTime): DiaryRequest | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'The request body must be a JSON object with StartTime, EndTime and Count' };
  const normalised: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const field = FIELDS[key.toLowerCase()];
    if (field !== undefined) normalised[field] = value;
  }
  const parsed = bodySchema.safeParse(normalised);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => issue.message).join('; ') };
  const from = parseWireTime(parsed.data.StartTime, wire);
  if (from === undefined) return { error: `StartTime '${parsed.data.StartTime}' is not a valid date-time` };
  const to = parseWireTime(parsed.data.EndTime, wire);
  if (to === undefined) return { error: `EndTime '${parsed.data.EndTime}' is not a valid date-time` };
  if (to < from) return { error: 'EndTime is before StartTime' };
  if (to - from > MAX_DIARY_RANGE_DAYS * 86_400_000) return { error: `The range may span at most ${MAX_DIARY_RANGE_DAYS} days` };
  return { from, to, count: Math.min(parsed.data.Count, MAX_DIARY_COUNT) };
}
