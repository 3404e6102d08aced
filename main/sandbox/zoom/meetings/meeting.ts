/** The meeting settings object as Zoom returns it (the commonly seen subset). */
export interface ZoomMeetingSettings {
  host_video: boolean;
  participant_video: boolean;
  cn_meeting: boolean;
  in_meeting: boolean;
  join_before_host: boolean;
  jbh_time: number;
  mute_upon_entry: boolean;
  watermark: boolean;
  use_pmi: boolean;
  approval_type: number;
  audio: string;
  auto_recording: string;
  enforce_login: boolean;
  enforce_login_domains: string;
  alternative_hosts: string;
  waiting_room: boolean;
  meeting_authentication: boolean;
  encryption_type: string;
  private_meeting: boolean;
  email_notification: boolean;
}

/** A meeting as GET /meetings/{id} and the 201 of create return it. */
export interface ZoomMeeting {
  uuid: string;
  /** The 11-digit meeting number. */
  id: number;
  host_id: string;
  host_email: string;
  topic: string;
  type: number;
  status: 'waiting';
  /** UTC with Z; absent for type 3. */
  start_time?: string;
  duration?: number;
  timezone: string;
  agenda: string;
  created_at: string;
  /** Contains the host's ZAK: a secret. */
  start_url: string;
  join_url: string;
  /** Absent when the meeting has no passcode. */
  password?: string;
  h323_password?: string;
  pstn_password?: string;
  encrypted_password?: string;
  pre_schedule: boolean;
  recurrence?: Record<string, unknown>;
  settings: ZoomMeetingSettings;
  creation_source: 'open_api';
}

export function defaultMeetingSettings(): ZoomMeetingSettings {
  return {
    host_video: false,
    participant_video: false,
    cn_meeting: false,
    in_meeting: false,
    join_before_host: false,
    jbh_time: 0,
    mute_upon_entry: false,
    watermark: false,
    use_pmi: false,
    approval_type: 2,
    audio: 'voip',
    auto_recording: 'none',
    enforce_login: false,
    enforce_login_domains: '',
    alternative_hosts: '',
    waiting_room: false,
    meeting_authentication: false,
    encryption_type: 'enhanced_encryption',
    private_meeting: false,
    email_notification: true,
  };
}
