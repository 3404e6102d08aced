import type { IncomingMessage } from 'node:http';
import { readBody } from '../../http/read-body.js';

const bodies = new WeakMap<IncomingMessage, Promise<string | undefined>>();

/**
 * The request body, read once: the API route receives it before the fault switches (like a real server, a
 * slow answer comes after the request arrived, so a client that goes away meanwhile still made its call).
 */
export function requestBody(req: IncomingMessage): Promise<string | undefined> {
  let body = bodies.get(req);
  if (body === undefined) {
    body = readBody(req);
    bodies.set(req, body);
  }
  return body;
}
