import type { Context } from 'koa';
import { trackingIdOf } from '../tracking-id.js';

/** Webex's messages for the common failures. */
export const MESSAGES = {
  unauthorized: 'The request requires a valid access token set in the Authorization request header.',
  missingScope: 'The server understood the request, but refused to fulfill it because the access token is missing required scopes.',
  notFound: 'The requested resource could not be found.',
  malformed: 'The request could not be understood by the server due to malformed syntax.',
  tooManyRequests: 'Too Many Requests',
  unavailable: 'Service Unavailable: Server is overloaded with requests. Try again later.',
} as const;

/** The Webex REST error body: `{message, errors: [{description}], trackingId}`. */
export function sendWebexError(ctx: Context, status: number, message: string, descriptions: ReadonlyArray<string> = [message]): void {
  ctx.status = status;
  ctx.body = { message, errors: descriptions.map((description) => ({ description })), trackingId: trackingIdOf(ctx) };
}
