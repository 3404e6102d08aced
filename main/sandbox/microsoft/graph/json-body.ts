import type { ZodType } from 'zod';
import { readBody } from '../../http/read-body.js';
import type { GraphContext } from './graph-state.js';
import { sendError } from './respond.js';

const UNREADABLE = 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';

/**
 * Reads and validates a JSON request body. Unknown properties answer 400 RequestBodyRead naming the
 * property and the Graph type (as OData does); other schema failures 400 with `invalidCode`.
 */
export async function readJson<T>(ctx: GraphContext, schema: ZodType<T>, graphType: string, invalidCode: string): Promise<T | undefined> {
  const raw = ctx.is('application/json') === false ? undefined : await readBody(ctx.req);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '');
  } catch {
    sendError(ctx, 400, 'BadRequest', UNREADABLE);
    return undefined;
  }
  const result = schema.safeParse(parsed);
  if (result.success) return result.data;
  const unknown = result.error.issues.find((issue) => issue.code === 'unrecognized_keys');
  if (unknown !== undefined && 'keys' in unknown && Array.isArray(unknown.keys)) {
    const property = String(unknown.keys[0]);
    sendError(ctx, 400, 'RequestBodyRead', `The property '${property}' does not exist on type '${graphType}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    return undefined;
  }
  const issue = result.error.issues[0];
  sendError(ctx, 400, invalidCode, `Invalid value for '${issue?.path.join('.') ?? ''}': ${issue?.message ?? 'invalid request'}`);
  return undefined;
}
