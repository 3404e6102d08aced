import type { RouterContext } from '@koa/router';
import type { SandboxAccount } from '../accounts.js';

/** Who is calling: resolved from the bearer token before any route runs. */
export interface RestPrincipal {
  account: SandboxAccount;
  /** The access token's id (opaque value). */
  accessToken: string;
}

export interface RestState {
  principal: RestPrincipal;
  /** The tenant (canonical ctx) the URL addresses; always the principal's own. */
  tenant: string;
}

export type RestContext = RouterContext<RestState>;

/**
 * One REST resource of a tenant, below `{numbered host}/{ctx}/api/`. Add a module per resource in this
 * folder and list it in `routes.ts`; authentication, 421 and the restApi switch are applied before it runs.
 */
export interface RestRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to `{ctx}/api/`, e.g. 'v1/User/currentPrincipal'. Matched case-insensitively, like SuperOffice. */
  path: string;
  handle(ctx: RestContext): void | Promise<void>;
}
