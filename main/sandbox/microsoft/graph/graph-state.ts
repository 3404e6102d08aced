import type { RouterContext } from '@koa/router';
import type { MicrosoftUser } from '../users.js';

/** Who is calling Graph: resolved from the bearer token. */
export interface GraphPrincipal {
  user: MicrosoftUser;
  /** The token's Graph permissions (`scp`). */
  scopes: ReadonlyArray<string>;
}

export interface GraphState {
  requestId: string;
  clientRequestId: string;
  principal: GraphPrincipal;
}

export type GraphContext = RouterContext<GraphState>;
