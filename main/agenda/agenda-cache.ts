import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../ports/logger.js';
import type { Appointment } from './appointment.js';

const appointmentSchema = z.object({
  id: z.number(),
  start: z.number(),
  end: z.number(),
  allDay: z.boolean(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  joinVideomeetUrl: z.string(),
  company: z.string().optional(),
  contact: z.string().optional(),
  invitation: z.enum(['own', 'accepted', 'tentative', 'not-answered', 'declined']),
  recurring: z.boolean(),
});
const cacheSchema = z.object({ v: z.literal(1), owner: z.string(), savedAt: z.number(), appointments: z.array(appointmentSchema) });

/** The last known agenda on disk (appointment texts and times; never a token), shown when offline or SuperOffice fails. */
export class AgendaCache {
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
  ) {
    this.path = join(dataDir, 'agenda-cache.json');
  }

  /** The cached agenda of `owner` (tenant and associate), or undefined when absent, unreadable or someone else's. */
  load(owner: string): { savedAt: number; appointments: Appointment[] } | undefined {
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (!parsed.success || parsed.data.owner !== owner) return undefined;
      return { savedAt: parsed.data.savedAt, appointments: parsed.data.appointments };
    } catch {
      return undefined;
    }
  }

  /** Saves atomically (write then rename); a full or read-only disk is logged and the app carries on. */
  save(owner: string, savedAt: number, appointments: Appointment[]): boolean {
    const temporary = `${this.path}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ v: 1, owner, savedAt, appointments }), { mode: 0o600 });
      renameSync(temporary, this.path);
      return true;
    } catch (error) {
      this.logger.log('warn', 'agenda.cache_write_failed', { errorCode: error instanceof Error && 'code' in error ? String(error.code) : 'unknown' });
      return false;
    }
  }
}
