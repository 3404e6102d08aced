import type { ZoomAccount } from '../accounts.js';
import { ZOOM_WEB_ORIGIN } from '../meetings/create-meeting.js';
import type { ZoomSwitches } from '../switches.js';

/** GET /users/{userId}: the fields of Zoom's "Get a user" response the sandbox fills in. */
export function userResource(account: ZoomAccount): Record<string, unknown> {
  return {
    id: account.userId,
    first_name: account.firstName,
    last_name: account.lastName,
    display_name: account.displayName,
    email: account.username,
    type: 2,
    role_name: 'Owner',
    pmi: account.pmi,
    use_pmi: false,
    personal_meeting_url: `${ZOOM_WEB_ORIGIN}/j/${account.pmi}`,
    timezone: account.timezone,
    verified: 1,
    dept: '',
    created_at: account.createdAt,
    user_created_at: account.createdAt,
    last_login_time: account.createdAt,
    last_client_version: '6.4.0.12345(win)',
    pic_url: '',
    language: 'en-US',
    phone_number: '',
    status: 'active',
    role_id: '0',
    account_id: account.accountId,
    account_number: account.accountNumber,
    cluster: 'us05',
    jid: `${account.userId.toLowerCase()}@xmpp.zoom.us`,
    group_ids: [],
    im_group_ids: [],
    login_types: [100],
  };
}

/** GET /users/{userId}/settings: the parts that matter for scheduling (passcode policy and its lock). */
export function userSettingsResource(switches: ZoomSwitches): Record<string, unknown> {
  return {
    schedule_meeting: {
      host_video: false,
      participants_video: false,
      audio_type: 'voip',
      join_before_host: false,
      require_password_for_scheduling_new_meetings: switches.passcodeLocked,
      require_password_for_instant_meetings: switches.passcodeLocked,
      require_password_for_pmi_meetings: 'none',
      embed_password_in_join_link: true,
      use_pmi_for_scheduled_meetings: false,
      use_pmi_for_instant_meetings: false,
    },
    in_meeting: { waiting_room: false, e2e_encryption: false },
    meeting_security: {
      auto_security: true,
      waiting_room: false,
      meeting_password: switches.passcodeLocked,
      meeting_password_requirement: { ...switches.passcodeRequirement },
      embed_password_in_join_link: true,
      encryption_type: 'enhanced_encryption',
      require_password_for_scheduled_meeting: switches.passcodeLocked,
      require_password_for_scheduled_webinar: false,
      pmi_password: false,
    },
    recording: { local_recording: true, cloud_recording: false, auto_recording: 'none' },
    feature: { meeting_capacity: 100 },
  };
}
