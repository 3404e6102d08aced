import { z } from 'zod';

/** What the keychain holds for one connection: a small JSON, well under Windows' 2.5 kB credential limit. */
const storedGrantSchema = z.object({ v: z.literal(1), refreshToken: z.string().min(1), obtainedAt: z.string() });
export type StoredGrant = z.infer<typeof storedGrantSchema>;

export function serializeGrant(refreshToken: string, obtainedAt: Date): string {
  return JSON.stringify({ v: 1, refreshToken, obtainedAt: obtainedAt.toISOString() } satisfies StoredGrant);
}

/** Parses a keychain entry; returns null for anything that is not ours (never throws). */
export function parseGrant(secret: string | null): StoredGrant | null {
  if (!secret) return null;
  try {
    const parsed = storedGrantSchema.safeParse(JSON.parse(secret));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
