import type { ParameterizedContext } from 'koa';
import type { MicrosoftSwitches } from '../switches.js';
import type { GraphState } from './graph-state.js';

type Ctx = ParameterizedContext<GraphState>;

/** Graph's JSON content type. */
export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** A body that claims to be JSON and is not (a response cut off mid-way). */
export const MALFORMED_JSON_BODY = '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users/$entity","id":"';

/** Sends a Graph JSON body; with the malformedJson switch, 2xx bodies are cut off. */
export function sendJson(ctx: Ctx, status: number, body: unknown, switches: MicrosoftSwitches): void {
  ctx.status = status;
  ctx.type = GRAPH_JSON;
  ctx.body = switches.malformedJson && status >= 200 && status < 300 ? MALFORMED_JSON_BODY : JSON.stringify(body);
}

/** `innerError.date`: UTC without a zone suffix, as Graph writes it. */
function errorDate(): string {
  return new Date().toISOString().slice(0, 19);
}

/** Graph's error shape: `{"error":{"code","message","innerError":{date,request-id,client-request-id}}}`. */
export function sendError(ctx: Ctx, status: number, code: string, message: string): void {
  ctx.status = status;
  ctx.type = GRAPH_JSON;
  ctx.body = JSON.stringify({
    error: {
      code,
      message,
      innerError: { date: errorDate(), 'request-id': ctx.state.requestId, 'client-request-id': ctx.state.clientRequestId },
    },
  });
}

/** True when the caller's token carries one of the permissions; answers 403 with `code`/`message` otherwise. */
export function requireScope(ctx: Ctx, anyOf: ReadonlyArray<string>, code: string, message: string): boolean {
  if (anyOf.some((scope) => ctx.state.principal.scopes.includes(scope))) return true;
  sendError(ctx, 403, code, message);
  return false;
}
