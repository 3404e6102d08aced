import { createHash } from 'node:crypto';

/** The scopes the sandbox integration was registered with (My Webex Apps → Create an Integration). */
export const REGISTERED_SCOPES = ['spark:people_read', 'meeting:schedules_write', 'meeting:schedules_read'] as const;

/** What the consent page says about each scope. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'spark:people_read': 'Read your company directory',
  'meeting:schedules_write': 'Create, update and delete your meetings and meeting series',
  'meeting:schedules_read': 'Read your meetings and meeting series',
};

const derive = (label: string): string => createHash('sha256').update(`webex-sandbox ${label}`).digest('hex');

/** The sandbox's registered integration. Webex client ids are `C` + 64 hex characters. */
export const SANDBOX_INTEGRATION = {
  name: 'Video Meetings Tray (sandbox)',
  clientId: `C${derive('client id')}`,
  clientSecret: derive('client secret'),
  /** Registered as http://127.0.0.1/webex/callback; the port rule is a switch. */
  redirectHost: '127.0.0.1',
  redirectPath: '/webex/callback',
} as const;
