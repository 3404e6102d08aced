import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where the LoginUrl page lives on the authority ("sod") host. */
export const AUTHORISE_PATH = '/__sandbox/video-meetings/authorise';
/** Where its "Cancel" button posts. */
export const CANCEL_PATH = '/__sandbox/video-meetings/cancel';

/** A user a login link was issued for. */
export interface LinkUser {
  ctx: string;
  associateId: number;
}

/**
 * The LoginUrl of GetVideoMeetingConnectedState: a link to the sandbox's authorise page that names the
 * tenant and associate and carries an HMAC over both (key made per sandbox run), so it cannot be edited
 * into another user's link. The same user always gets the same link during a run.
 */
export class LoginLinks {
  readonly #key = randomBytes(32);
  readonly #authority: string;

  /** `authority`: the origin of the sod host, e.g. http://127.0.0.1:41234. */
  constructor(authority: string) {
    this.#authority = authority;
  }

  url(user: LinkUser): string {
    const url = new URL(AUTHORISE_PATH, this.#authority);
    for (const [name, value] of Object.entries(this.fields(user))) url.searchParams.set(name, value);
    return url.href;
  }

  /** The link's parameters (also the authorise form's hidden inputs). */
  fields(user: LinkUser): Record<string, string> {
    return { ctx: user.ctx, associate: String(user.associateId), sig: this.#sign(user) };
  }

  /** The user of a link's (or form's) parameters, or undefined when they are missing or forged. */
  verify(params: { get(name: string): string | null | undefined }): LinkUser | undefined {
    const ctx = params.get('ctx') ?? '';
    const associate = params.get('associate') ?? '';
    const sig = Buffer.from(params.get('sig') ?? '');
    if (ctx === '' || !/^\d{1,9}$/.test(associate)) return undefined;
    const user = { ctx, associateId: Number(associate) };
    const expected = Buffer.from(this.#sign(user));
    return sig.length === expected.length && timingSafeEqual(sig, expected) ? user : undefined;
  }

  #sign(user: LinkUser): string {
    return createHmac('sha256', this.#key).update(`${user.ctx.toLowerCase()}\n${user.associateId}`).digest('base64url');
  }
}
