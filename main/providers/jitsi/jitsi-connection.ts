import { randomBytes } from 'node:crypto';
import type { ConnectionView, MeetingView } from '../../../preload/contract.js';
import type { JitsiConfig } from '../../config/providers-config.js';
import { appError } from '../../core/app-error.js';
import { ENGLISH, type Translator } from '../../i18n/translator.js';
import type { Clock } from '../../ports/clock.js';
import type { SettingsService } from '../../settings/settings-service.js';
import type { MeetingMaker } from '../meeting-maker.js';
import type { CreatedMeeting, MeetingRequest } from '../provider-adapter.js';
import { said } from '../../i18n/local-text.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** An unguessable room name: 20 base32 characters (100 bits) after a readable prefix. */
export function jitsiRoomName(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(20);
  let name = '';
  for (const byte of bytes) name += BASE32[byte % 32];
  return `VideoMeetingsTray-${name}`;
}

/**
 * Jitsi Meet needs no provider account: it is "connected" once the user turns it on, and a meeting is
 * an unguessable room on the configured server. Its status names the SuperOffice user and tenant.
 */
export class JitsiConnection {
  readonly id = 'jitsi' as const;

  constructor(
    private readonly deps: {
      config: JitsiConfig;
      settings: SettingsService;
      clock: Clock;
      /** The SuperOffice identity the status line names; undefined when SuperOffice is not connected. */
      superOffice: () => { displayName: string; tenant: string } | undefined;
      active: () => boolean;
      onChange: (view: ConnectionView) => void;
      /** The user's language for the card's texts (default English). */
      texts?: () => Translator;
    },
  ) {}

  get isConnected(): boolean {
    return Boolean(this.deps.settings.value.video.jitsiSince);
  }

  view(): ConnectionView {
    const since = this.deps.settings.value.video.jitsiSince;
    const base = { id: this.id, kind: 'video' as const, title: 'Jitsi Meet', active: this.deps.active(), needsAccount: false };
    const { t } = this.deps.texts?.() ?? ENGLISH;
    if (!since) return { ...base, status: 'disconnected', statusText: t('status.notConnected'), nextAction: 'connect' };
    const user = this.deps.superOffice();
    const statusText = user
      ? t('status.jitsiConnected', { name: user.displayName, tenant: user.tenant })
      : t('status.jitsiWithoutTenant');
    return { ...base, status: 'connected', statusText, connectedSince: since, ...(user ? { account: { displayName: user.displayName, tenant: user.tenant } } : {}), nextAction: 'sign-out' };
  }

  refreshView(): void {
    this.deps.onChange(this.view());
  }

  async restore(): Promise<void> {}

  async connect(): Promise<ConnectionView> {
    if (!this.isConnected) {
      const since = new Date(this.deps.clock.now()).toISOString();
      this.deps.settings.update((s) => ({ ...s, video: { ...s.video, jitsiSince: since } }));
    }
    this.refreshView();
    return this.view();
  }

  cancel(): ConnectionView {
    return this.view();
  }

  async disconnect(): Promise<{ view: ConnectionView; revoked: boolean }> {
    this.deps.settings.update((s) => ({ ...s, video: { ...s.video, jitsiSince: undefined } }));
    this.refreshView();
    return { view: this.view(), revoked: false };
  }

  async createMeeting(request: MeetingRequest): Promise<MeetingView> {
    const room = this.newRoom();
    return { provider: 'jitsi', title: request.title, joinUrl: room.joinUrl, meetingId: room.meetingId, start: request.start.toISOString() };
  }

  /** A room exists only as its name: nothing to delete, and a retry after a crash simply makes a new name. */
  meetings(): MeetingMaker {
    return {
      create: async () => this.newRoom(),
      remove: async () => undefined,
      recover: async () => 'retry-is-safe',
    };
  }

  private newRoom(): CreatedMeeting {
    if (!this.isConnected) throw appError('not_connected', said('error.jitsiOff'));
    const room = jitsiRoomName();
    return { id: room, joinUrl: `${this.deps.config.server}/${room}`, meetingId: room };
  }
}
