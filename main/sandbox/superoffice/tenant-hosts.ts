import { listenLoopback, type Listener, type RequestHandler } from '../http/listen.js';

/** One numbered host (sod2, sod3, …): its own loopback listener. */
export interface TenantHost {
  /** e.g. 'sod2' (for logs). */
  readonly name: string;
  readonly origin: string;
}

/** Builds the request handler of a numbered host; `servesTenant` says whether a ctx lives there right now. */
export type TenantHostHandlerFactory = (host: TenantHost, servesTenant: (ctx: string) => boolean) => RequestHandler;

interface RunningHost extends TenantHost {
  listener: Listener;
}

/**
 * The numbered tenant hosts and which tenant lives where. All tenants start on the first host; moving a
 * tenant starts a new host, and the old one answers 421 for that tenant from then on (it keeps listening).
 */
export class TenantHosts {
  readonly #createHandler: TenantHostHandlerFactory;
  readonly #hosts: RunningHost[] = [];
  /** Lower-cased ctx → its canonical spelling and current host. */
  readonly #tenants = new Map<string, { ctx: string; host: RunningHost }>();
  #nextNumber = 2;

  constructor(createHandler: TenantHostHandlerFactory) {
    this.#createHandler = createHandler;
  }

  async start(tenants: ReadonlyArray<string>): Promise<void> {
    const host = await this.#startHost();
    for (const ctx of tenants) this.#tenants.set(ctx.toLowerCase(), { ctx, host });
  }

  /** The tenant's canonical ctx (e.g. Cust12345 for cust12345), if it exists. */
  canonical(ctx: string): string | undefined {
    return this.#tenants.get(ctx.toLowerCase())?.ctx;
  }

  /** The tenant's current endpoint, e.g. http://127.0.0.1:41250/Cust12345, if it exists. */
  endpoint(ctx: string): string | undefined {
    const tenant = this.#tenants.get(ctx.toLowerCase());
    return tenant === undefined ? undefined : `${tenant.host.origin}/${tenant.ctx}`;
  }

  /** Moves the tenant to a newly started host and returns its new endpoint. */
  async move(ctx: string): Promise<string> {
    const tenant = this.#tenants.get(ctx.toLowerCase());
    if (tenant === undefined) throw new Error(`unknown tenant ${ctx}`);
    tenant.host = await this.#startHost();
    return `${tenant.host.origin}/${tenant.ctx}`;
  }

  async close(): Promise<void> {
    await Promise.all(this.#hosts.map((host) => host.listener.close()));
  }

  async #startHost(): Promise<RunningHost> {
    const listener = await listenLoopback();
    const host: RunningHost = { name: `sod${this.#nextNumber++}`, origin: listener.origin, listener };
    this.#hosts.push(host);
    listener.setHandler(this.#createHandler(host, (ctx) => this.#tenants.get(ctx.toLowerCase())?.host === host));
    return host;
  }
}
