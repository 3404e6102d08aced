import type { IncomingMessage } from 'node:http';

const LIMIT = 64 * 1024;

/** Reads a small request body as UTF-8; undefined when it exceeds 64 KiB. */
export async function readBody(req: IncomingMessage, limit = LIMIT): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads an `application/x-www-form-urlencoded` body; an empty set for other content or oversize bodies. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams((await readBody(req)) ?? '');
}
