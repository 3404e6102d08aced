import { newGuid } from './ids.js';
import type { AuthorizeRequest } from './authorize-request.js';

/** The page a flow is waiting on, so a form can only be answered while it is shown. */
export type FlowStage = 'login' | 'consent' | 'admin-approval';

/** One authorization request in progress in one browser (Entra's "flowToken"). */
export interface AuthFlow {
  id: string;
  browserId: string;
  request: AuthorizeRequest;
  stage: FlowStage;
  userId?: string;
  sessionId?: string;
  createdAt: number;
}

const FLOW_TTL_MS = 60 * 60 * 1000;

/** Sign-in flows in progress; they expire after an hour. */
export class AuthFlows {
  readonly #flows = new Map<string, AuthFlow>();

  create(browserId: string, request: AuthorizeRequest, now: number): AuthFlow {
    const flow: AuthFlow = { id: newGuid(), browserId, request, stage: 'login', createdAt: now };
    this.#flows.set(flow.id, flow);
    return flow;
  }

  /** The live flow when the flow token and the browser cookie both match. */
  find(id: string, browserId: string | undefined, now: number): AuthFlow | undefined {
    const flow = this.#flows.get(id);
    if (flow === undefined || flow.browserId !== browserId) return undefined;
    if (now - flow.createdAt > FLOW_TTL_MS) {
      this.#flows.delete(id);
      return undefined;
    }
    return flow;
  }

  finish(id: string): void {
    this.#flows.delete(id);
  }
}

/** The value of the cookie that binds flows to one browser. */
export function newBrowserId(): string {
  return newGuid();
}
