import { UsageError } from './command.js';

/** Invite texts are small; anything larger is a mistake (a whole mailbox, a binary). */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Reads standard input to the end as UTF-8 (BOM dropped); throws UsageError past `limit` bytes without reading further. */
export async function readStdinText(stdin: AsyncIterable<Uint8Array | string>, limit = MAX_INPUT_BYTES): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit) throw new UsageError(`the input is larger than ${formatBytes(limit)}; pipe only the invite text`);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
