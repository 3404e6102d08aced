import type { SandboxAccount } from '../accounts.js';
import type { WireTime } from '../diary/time-zones.js';
import type { Parsed } from '../foreign-system/foreign-system-request.js';
import type { SandboxForeignSystem } from '../foreign-system/foreign-system-store.js';
import { applyForeignSystemSwitch } from '../foreign-system/foreign-system-switch.js';
import type { SuperOfficeSwitches } from '../switches.js';
import { sendRestError } from './rest-errors.js';
import { jsonBody, selectParam, wireTime } from './rest-request.js';
import type { RestContext, RestRoute } from './rest-route.js';

/** What the ForeignSystem agent calls need from the running sandbox. */
export interface ForeignSystemRouteDeps {
  foreignSystem: SandboxForeignSystem;
  switches: SuperOfficeSwitches;
  /** Aborted when the sandbox closes (ends the 'slow' wait). */
  lifetime: AbortSignal;
}

/** One call as a route handler sees it. */
export interface CallContext {
  ctx: RestContext;
  wire: WireTime;
  tenant: string;
  account: SandboxAccount;
  select: string | undefined;
}

/** The request body an agent method takes: `expected` names its properties for the 400 of an empty body. */
export interface AgentBody<T> {
  expected: string;
  parse: (body: unknown) => Parsed<T>;
}

/** The `foreignSystem` switch and SO-TimeZone (400 when bad); undefined when the response is already set. */
async function prelude(deps: ForeignSystemRouteDeps, ctx: RestContext): Promise<CallContext | undefined> {
  if (!(await applyForeignSystemSwitch(ctx, deps.switches, deps.lifetime))) return undefined;
  const wire = wireTime(ctx);
  if (wire === undefined) return undefined;
  return { ctx, wire, tenant: ctx.state.tenant, account: ctx.state.principal.account, select: selectParam(ctx) };
}

/**
 * One agent method with a request body, `POST v1/Agents/ForeignSystem/{method}`: the prelude, then a JSON body
 * parsed by `body.parse` (415/400 in the WebAPI error shape), then `run`.
 */
export function agentRoute<T extends object>(deps: ForeignSystemRouteDeps, method: string, body: AgentBody<T>, run: (call: CallContext, request: T) => void): RestRoute {
  return {
    method: 'POST',
    path: `v1/Agents/ForeignSystem/${method}`,
    async handle(ctx: RestContext) {
      const call = await prelude(deps, ctx);
      if (call === undefined) return;
      const raw = await jsonBody(ctx, { empty: `The request body is empty: send {${body.expected}}` });
      if (raw === undefined) return;
      const request = body.parse(raw.value);
      if ('error' in request) {
        sendRestError(ctx, 400, request.error, 'ArgumentException');
        return;
      }
      run(call, request);
    },
  };
}

/** One agent method without a request body (a body sent anyway is ignored): the prelude, then `run`. */
export function bodylessAgentRoute(deps: ForeignSystemRouteDeps, method: string, run: (call: CallContext) => void): RestRoute {
  return {
    method: 'POST',
    path: `v1/Agents/ForeignSystem/${method}`,
    async handle(ctx: RestContext) {
      const call = await prelude(deps, ctx);
      if (call !== undefined) run(call);
    },
  };
}
