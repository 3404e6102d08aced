/**
 * Realistic, anonymised invite texts and appointments, each with the link a person would click. Structure and
 * wording follow what Outlook/Teams, Zoom, Google Calendar, Webex, GoTo, Chime, SuperOffice Mail Link … write;
 * ids, passcodes, tenants and numbers are made up.
 */
import type { AppointmentText } from '../../../main/links/resolve-join-link.js';
import { googleRedirect, proofpointV2, proofpointV3, safeLinks } from './wrappers.js';

export interface InviteCase {
  name: string;
  /** A bare text goes in as the description. */
  input: string | AppointmentText;
  service: string | null;
  url: string | null;
}

const TEAMS_JOIN =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTAxYjctMmE4Ni00ZjVhLWI0ZTgtOWM2YTE3ZDVlYjQz%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d%22%7d';
const TEAMS_SHORT = 'https://teams.microsoft.com/meet/31824506728913?p=Vf7Gk2Qw9LmNx4Rt';
const ZOOM_JOIN = 'https://us02web.zoom.us/j/85512345678?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ0123.1';
const MEET = 'https://meet.google.com/xkq-ruvb-wne';
const WEBEX_JOIN = 'https://acme.webex.com/acme/j.php?MTID=m3f6c2a9d8e7b1c0f5a4d3e2b1c0a9f8e';
const SO_JOIN = 'https://acme.meetings.superoffice.com/join/c0791ad9-5c1e-4d5e-9c4e-2b1d3a4f5e6f';

/** The body Outlook/Teams writes for a Teams meeting (2024 layout), with the join link only in an href. */
function outlookTeamsBody(href: string): string {
  return `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} a { background: url(https://statics.teams.cdn.office.net/evergreen-assets/x.png) } </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hi all,<br>weekly sync on the Q3 pipeline.</div>
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-US" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424;">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424;">Join on your computer, mobile app or room device</span></div>
<a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7;" href="${href}" target="_blank" rel="noreferrer noopener">Join the meeting now</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424;">Meeting ID: <span style="font-size:16px;color:#252424;">318 245 067 289 13</span></span><br>
<span style="font-size:14px;color:#252424;">Passcode: </span><span style="font-size:16px;color:#252424;">Vf7Gk2Qw</span></div></div>
<div style="margin-bottom:24px;max-width:532px;"><hr style="border:0;background:#D6D6D6;height:1px;"></div>
<div><span style="font-size:14px;font-weight:600;color:#252424;">Dial in by phone</span></div>
<div style="margin-bottom:4px"><a class="me-email-link" style="font-size:14px;text-decoration:underline;color:#6264a7;" href="tel:+4721404005,,512345678#" target="_blank">+47 21 40 40 05,,512345678#</a><span style="font-size:12px;color:#616161;"> Norway, Oslo</span></div>
<div style="margin-bottom:4px"><a class="me-email-link" style="font-size:14px;color:#6264a7;" href="https://dialin.teams.microsoft.com/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e?id=512345678" target="_blank">Find a local number</a></div>
<div style="margin-bottom:4px"><span style="font-size:12px;color:#616161;">Phone conference ID: </span><span style="font-size:14px;color:#252424;">512 345 678#</span></div>
<div style="margin-top:20px;margin-bottom:20px"><span style="font-size:14px;color:#252424;">For organizers: </span><a class="me-email-link" style="font-size:14px;color:#6264a7;" target="_blank" href="https://teams.microsoft.com/meetingOptions/?organizerId=a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d&amp;tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&amp;threadId=19_meeting_NmQ3ZTAxYjct@thread.v2&amp;messageId=0&amp;language=en-US">Meeting options</a><span style="color:#d1d1d1"> | </span><a class="me-email-link" style="font-size:14px;color:#6264a7;" target="_blank" href="https://dialin.teams.microsoft.com/usp/pstnconferencing">Reset dial-in PIN</a></div>
<div style="font-size:14px;margin-bottom:4px;"><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US" style="color:#6264a7;">Need help?</a></div>
</div>
</body></html>`;
}

const ZOOM_INVITATION = `Kari Nordmann is inviting you to a scheduled Zoom meeting.

Topic: Quarterly review — Acme AS
Time: Mar 14, 2025 10:00 AM Oslo

Join Zoom Meeting
${ZOOM_JOIN}

Meeting ID: 855 1234 5678
Passcode: 482913

---

One tap mobile
+4721933737,,85512345678#,,,,*482913# Norway
+4723965010,,85512345678#,,,,*482913# Norway

---

Dial by your location
• +47 21 93 37 37 Norway
• +47 23 96 50 10 Norway
• +1 646 558 8656 US (New York)

Meeting ID: 855 1234 5678
Passcode: 482913

Find your local number: https://us02web.zoom.us/u/kdXyZ12AbC

---

Join by SIP
• 85512345678@zoomcrc.com
`;

const GOOGLE_MEET_PLAIN = `Quarterly planning with the Oslo team.

Join with Google Meet: ${MEET}
Or dial: (NO) +47 21 03 87 85 PIN: 381 729 446#
More phone numbers: https://tel.meet/xkq-ruvb-wne?pin=3817294461234

Learn more about Meet at: https://support.google.com/a/users/answer/9282720

Please do not edit this section.`;

const GOOGLE_MEET_HTML = `<p>Agenda in the doc: <a href="https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit?usp=sharing">Q3 plan</a></p><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: <a href="https://meet.google.com/xkq-ruvb-wne?authuser=0&amp;hs=122" id="meet_link">meet.google.com/xkq-ruvb-wne</a><br>Join by phone<br>(US) <a href="tel:+1-402-555-0172;381729446#">+1 402-555-0172</a> PIN: 381 729 446#<br><br>Learn more about Meet at: <a href="https://support.google.com/a/users/answer/9282720">https://support.google.com/a/users/answer/9282720</a><br><br>Please do not edit this section.<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-`;

const WEBEX_INVITE = `Hello,

Jane Doe is inviting you to this Webex meeting.

Join meeting <${WEBEX_JOIN}>

More ways to join:

Join from the meeting link
${WEBEX_JOIN}

Join by meeting number
Meeting number (access code): 2634 812 9935
Meeting password: vQ3mP8xZ (78376899 from phones and video systems)

Tap to join from a mobile device (attendees only)
+47-2103-7432,,26348129935#78376899# Norway Toll

Join by phone
+47-2103-7432 Norway Toll
Global call-in numbers <https://acme.webex.com/acme/globalcallin.php?MTID=m3f6c2a9d8e7b1c0f5a4d3e2b1c0a9f8e>

Join from a video system or application
Dial 26348129935@acme.webex.com

Need help? Go to https://help.webex.com
`;

const GOTO_INVITE = `Weekly Sales Sync
Tue, Mar 11, 2025 9:00 AM - 10:00 AM (CET)

Please join my meeting from your computer, tablet or smartphone.
https://meet.goto.com/123456789

You can also dial in using your phone.
Access Code: 123-456-789
Norway: +47 21 93 88 88

Get the app now and be ready when your first meeting starts:
https://meet.goto.com/install`;

const CHIME_INVITE = `Amazon Chime meeting invitation

Click to join the meeting: https://chime.aws/7394061825
Meeting ID: 7394 06 1825
A headset is recommended or you may use your computer's microphone and speakers.

Call in using your phone:
United States Toll-Free (1): +1 855-552-4463
Meeting ID: 7394 06 1825

One-click Mobile Dial-in (United States (1)): +1 206-462-5569,,,,7394061825#

International: https://chime.aws/dialinnumbers/

Dial-in attendees must enter *7 to mute or unmute.`;

const SUPEROFFICE_MAIL_LINK = `Hei,

Velkommen til møte om fornyelse av avtalen.

Join meeting: ${SO_JOIN}

Med vennlig hilsen
Ola Nordmann
Acme AS | +47 22 33 44 55 | https://www.acme.no`;

export const INVITES: readonly InviteCase[] = [
  // Microsoft Teams
  { name: 'Outlook Teams invite body (HTML, "Join the meeting now" href)', input: outlookTeamsBody(TEAMS_JOIN), service: 'teams', url: TEAMS_JOIN },
  { name: 'Outlook Teams invite with the href behind SafeLinks', input: outlookTeamsBody(safeLinks(TEAMS_JOIN)), service: 'teams', url: TEAMS_JOIN },
  { name: 'Outlook Teams invite with nested SafeLinks', input: outlookTeamsBody(safeLinks(safeLinks(TEAMS_JOIN, 'nam12'))), service: 'teams', url: TEAMS_JOIN },
  {
    name: 'Teams new short link in a plain-text invite',
    input: `Microsoft Teams Need help? <https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now <${TEAMS_SHORT}>\nMeeting ID: 318 245 067 289 13\nPasscode: Vf7Gk2Qw\n________________________________\nDial in by phone\n+47 21 40 40 05,,512345678# <tel:+4721404005,,512345678#> Norway, Oslo\nFind a local number <https://dialin.teams.microsoft.com/0b1c2d3e?id=512345678>\nFor organizers: Meeting options <https://teams.microsoft.com/meetingOptions/?organizerId=a1&tenantId=72&threadId=19_meeting&messageId=0&language=en-US>`,
    service: 'teams',
    url: TEAMS_SHORT,
  },
  {
    name: 'Teams for government (GCC High)',
    input: 'Join: https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_ZmE1%40thread.v2/0?context=%7b%22Tid%22%3a%22abc%22%7d',
    service: 'teams',
    url: 'https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_ZmE1%40thread.v2/0?context=%7b%22Tid%22%3a%22abc%22%7d',
  },
  { name: 'Teams personal (teams.live.com)', input: 'Join my Teams call https://teams.live.com/meet/9387654321012?p=XyZ12aBc34', service: 'teams', url: 'https://teams.live.com/meet/9387654321012?p=XyZ12aBc34' },
  {
    name: 'Teams on teams.cloud.microsoft',
    input: 'https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_QWxw%40thread.v2/0?context=%7b%7d',
    service: 'teams',
    url: 'https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_QWxw%40thread.v2/0?context=%7b%7d',
  },
  {
    name: 'Teams launcher link',
    input: 'Open: https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_x%40thread.v2%2F0&type=meetup-join&deeplinkId=abc&directDl=true&msLaunch=true&enableMobilePage=true&suppressPrompt=true',
    service: 'teams',
    url: 'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_x%40thread.v2%2F0&type=meetup-join&deeplinkId=abc&directDl=true&msLaunch=true&enableMobilePage=true&suppressPrompt=true',
  },
  {
    name: 'Teams town hall',
    input: 'Town hall: https://teams.microsoft.com/convene/townhall?eventId=Q3AllHands@72f988bf&sessionId=5c4b3a29',
    service: 'teams',
    url: 'https://teams.microsoft.com/convene/townhall?eventId=Q3AllHands@72f988bf&sessionId=5c4b3a29',
  },
  {
    name: 'Teams webinar (events.teams.microsoft.com)',
    input: 'Register: https://events.teams.microsoft.com/event/5f3c1a2b-7d8e-4f90-a1b2-c3d4e5f6a7b8@72f988bf-86f1-41af',
    service: 'teams',
    url: 'https://events.teams.microsoft.com/event/5f3c1a2b-7d8e-4f90-a1b2-c3d4e5f6a7b8@72f988bf-86f1-41af',
  },
  {
    name: 'Teams channel link is not a meeting',
    input: 'Files are in https://teams.microsoft.com/l/channel/19%3aAbC%40thread.tacv2/General?groupId=1a2b&tenantId=72f9',
    service: null,
    url: null,
  },
  { name: 'Teams chat link is not a meeting', input: 'Ping me: https://teams.microsoft.com/l/chat/0/0?users=kari@acme.no', service: null, url: null },
  {
    name: 'msteams: app link only',
    input: 'msteams:/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=%7b%7d&anon=true',
    service: 'teams',
    url: 'msteams:/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=%7b%7d&anon=true',
  },
  {
    name: 'msteams: app link and the web link: the web link wins',
    input: `App: msteams:/l/meetup-join/19%3ameeting_ABC%40thread.v2/0\nWeb: ${TEAMS_JOIN}`,
    service: 'teams',
    url: TEAMS_JOIN,
  },

  // Zoom and ZoomGov
  { name: 'Zoom invitation text with phone numbers and local-number page', input: ZOOM_INVITATION, service: 'zoom', url: ZOOM_JOIN },
  { name: 'Zoom vanity subdomain', input: 'Join: https://acme.zoom.us/j/91234567890?pwd=Q2xXbU5kRkJ0dz09', service: 'zoom', url: 'https://acme.zoom.us/j/91234567890?pwd=Q2xXbU5kRkJ0dz09' },
  { name: 'Zoom personal room (/my/)', input: 'My room: https://acme.zoom.us/my/kari.nordmann?pwd=Zm9v', service: 'zoom', url: 'https://acme.zoom.us/my/kari.nordmann?pwd=Zm9v' },
  { name: 'Zoom webinar join (/w/)', input: 'Webinar: https://us06web.zoom.us/w/83012345678?tk=AbC.DeF&pwd=QWERTY', service: 'zoom', url: 'https://us06web.zoom.us/w/83012345678?tk=AbC.DeF&pwd=QWERTY' },
  { name: 'Zoom webinar registration', input: 'Register in advance: https://us06web.zoom.us/webinar/register/WN_AbCdEfGhIjKlMnOp', service: 'zoom', url: 'https://us06web.zoom.us/webinar/register/WN_AbCdEfGhIjKlMnOp' },
  { name: 'Zoom web client link', input: 'https://app.zoom.us/wc/join/85512345678?pwd=abc', service: 'zoom', url: 'https://app.zoom.us/wc/join/85512345678?pwd=abc' },
  { name: 'Zoom sign-in and download pages are not meetings', input: 'Sign in at https://zoom.us/signin or get the app: https://zoom.us/download', service: null, url: null },
  { name: 'zoommtg: app link only', input: 'zoommtg://zoom.us/join?action=join&confno=85512345678&pwd=abc', service: 'zoom', url: 'zoommtg://zoom.us/join?action=join&confno=85512345678&pwd=abc' },
  { name: 'zoommtg: and https: both: https wins', input: 'zoommtg://zoom.us/join?confno=85512345678 or https://zoom.us/j/85512345678', service: 'zoom', url: 'https://zoom.us/j/85512345678' },
  { name: 'ZoomGov', input: 'Join ZoomGov Meeting\nhttps://agency.zoomgov.com/j/1612345678?pwd=TnBxZz09\nMeeting ID: 161 234 5678', service: 'zoomgov', url: 'https://agency.zoomgov.com/j/1612345678?pwd=TnBxZz09' },
  {
    name: 'Truncated Zoom copy in Location, full copy in the description: the passcode survives',
    input: { location: 'https://us02web.zoom.us/j/85512345678', description: ZOOM_INVITATION },
    service: 'zoom',
    url: ZOOM_JOIN,
  },
  { name: 'Zoom behind a Google redirect (Google Calendar HTML)', input: `<a href="${googleRedirect(ZOOM_JOIN).replaceAll('&', '&amp;')}">Join Zoom</a>`, service: 'zoom', url: ZOOM_JOIN },

  // Google Meet
  { name: 'Google Calendar description (plain)', input: GOOGLE_MEET_PLAIN, service: 'google-meet', url: MEET },
  { name: 'Google Calendar description (HTML, authuser, doc link first)', input: GOOGLE_MEET_HTML, service: 'google-meet', url: 'https://meet.google.com/xkq-ruvb-wne?authuser=0&hs=122' },
  { name: 'Google Meet lookup link', input: 'https://meet.google.com/lookup/bx7kq2mzpa?authuser=1&hs=179', service: 'google-meet', url: 'https://meet.google.com/lookup/bx7kq2mzpa?authuser=1&hs=179' },
  { name: 'Google Meet "new meeting" page is not a meeting', input: 'Start one at https://meet.google.com/new', service: null, url: null },
  { name: 'Google Docs only', input: 'Notes: https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing', service: null, url: null },

  // Webex
  { name: 'Webex invite with the link in angle brackets', input: WEBEX_INVITE, service: 'webex', url: WEBEX_JOIN },
  { name: 'Webex link with an encoded ">" at the end (%3E)', input: `Join: ${WEBEX_JOIN}%3E`, service: 'webex', url: WEBEX_JOIN },
  { name: 'Webex personal room', input: 'My personal room: https://acme.webex.com/meet/jane.doe', service: 'webex', url: 'https://acme.webex.com/meet/jane.doe' },
  { name: 'Webex /join/ link', input: 'https://acme.webex.com/join/jdoe', service: 'webex', url: 'https://acme.webex.com/join/jdoe' },
  { name: 'Webex recording is not a meeting', input: 'Recording: https://acme.webex.com/acme/ldr.php?RCID=0123456789abcdef', service: null, url: null },

  // Jitsi, 8x8
  { name: 'Jitsi Meet room', input: 'We meet at https://meet.jit.si/AcmeWeeklyStandup.', service: 'jitsi', url: 'https://meet.jit.si/AcmeWeeklyStandup' },
  { name: '8x8 Meet', input: 'https://8x8.vc/acme/design-review', service: '8x8', url: 'https://8x8.vc/acme/design-review' },

  // GoTo
  { name: 'GoTo Meeting invite (join and install links)', input: GOTO_INVITE, service: 'gotomeeting', url: 'https://meet.goto.com/123456789' },
  { name: 'GoToMeeting global link', input: 'https://global.gotomeeting.com/join/987654321', service: 'gotomeeting', url: 'https://global.gotomeeting.com/join/987654321' },
  { name: 'GoTo Webinar registration', input: 'Register: https://attendee.gotowebinar.com/register/1234567890123456789', service: 'gotowebinar', url: 'https://attendee.gotowebinar.com/register/1234567890123456789' },

  // Chime
  { name: 'Amazon Chime invitation', input: CHIME_INVITE, service: 'chime', url: 'https://chime.aws/7394061825' },
  { name: 'Amazon Chime app.chime.aws pin link', input: 'https://app.chime.aws/meetings/?pin=7394061825', service: 'chime', url: 'https://app.chime.aws/meetings/?pin=7394061825' },

  // RingCentral, BlueJeans, Whereby, Skype
  { name: 'RingCentral Video', input: 'Join video meeting: https://v.ringcentral.com/join/123456789\nDial-in: +1 650-419-1505', service: 'ringcentral', url: 'https://v.ringcentral.com/join/123456789' },
  { name: 'RingCentral Meetings', input: 'https://meetings.ringcentral.com/j/1481234567', service: 'ringcentral', url: 'https://meetings.ringcentral.com/j/1481234567' },
  { name: 'BlueJeans', input: 'To join the Meeting:\nhttps://bluejeans.com/123456789/0123\n\nTo join via Room System:\nVideo Conferencing System: bjn.vc -or-199.48.152.152\nMeeting ID : 123456789', service: 'bluejeans', url: 'https://bluejeans.com/123456789/0123' },
  { name: 'Whereby room', input: 'Room: https://whereby.com/acme-standup', service: 'whereby', url: 'https://whereby.com/acme-standup' },
  { name: 'Whereby company subdomain', input: 'https://acme.whereby.com/sales-room', service: 'whereby', url: 'https://acme.whereby.com/sales-room' },
  { name: 'Skype meeting', input: 'Join Skype Meeting https://join.skype.com/AbCdEfGhIjKl', service: 'skype', url: 'https://join.skype.com/AbCdEfGhIjKl' },

  // SuperOffice
  { name: 'SuperOffice Mail Link "Join meeting:" line', input: SUPEROFFICE_MAIL_LINK, service: 'superoffice', url: SO_JOIN },
  {
    name: 'SuperOffice SOD host (meetings-sod)',
    input: 'Join meeting: https://foo.meetings-sod.superoffice.com/join/c0791ad9-1111-4222-8333-944445555666',
    service: 'superoffice',
    url: 'https://foo.meetings-sod.superoffice.com/join/c0791ad9-1111-4222-8333-944445555666',
  },
  {
    name: 'SuperOffice appointment: JoinVideomeetUrl, Location and text agree (no duplicates)',
    input: { joinVideomeetUrl: SO_JOIN, location: SO_JOIN, description: `Agenda\n\nJoin meeting: ${SO_JOIN}` },
    service: 'superoffice',
    url: SO_JOIN,
  },
  { name: 'SuperOffice disconnect page is not a meeting', input: 'https://meetings.superoffice.com/meet/DisconnectUser', service: null, url: null },
  {
    name: 'Physical room in Location, Teams link in the description',
    input: { location: 'Meeting room Fjord, 4th floor, Oslo', description: outlookTeamsBody(TEAMS_JOIN) },
    service: 'teams',
    url: TEAMS_JOIN,
  },
  {
    name: 'Unknown service in JoinVideomeetUrl is still the stored meeting',
    input: { joinVideomeetUrl: 'https://video.acme.no/rooms/standup', location: 'Oslo' },
    service: 'other',
    url: 'https://video.acme.no/rooms/standup',
  },
  {
    name: 'Teams in Location beats Zoom in the description (field order)',
    input: { location: TEAMS_SHORT, description: ZOOM_INVITATION },
    service: 'teams',
    url: TEAMS_SHORT,
  },
  {
    name: 'Agenda is read last',
    input: { description: 'See agenda', agenda: `<p>Join: <a href="${MEET}">${MEET}</a></p>` },
    service: 'google-meet',
    url: MEET,
  },

  // FaceTime, Slack, Lifesize
  { name: 'FaceTime link', input: 'Join my FaceTime: https://facetime.apple.com/join#v=1&p=AbCdEf123456&k=XyZ987-_', service: 'facetime', url: 'https://facetime.apple.com/join#v=1&p=AbCdEf123456&k=XyZ987-_' },
  { name: 'Slack huddle', input: 'Huddle here: https://app.slack.com/huddle/T01ABCDEF/C02GHIJKL', service: 'slack', url: 'https://app.slack.com/huddle/T01ABCDEF/C02GHIJKL' },
  { name: 'Lifesize', input: 'Lifesize call: https://call.lifesizecloud.com/1234567', service: 'lifesize', url: 'https://call.lifesizecloud.com/1234567' },

  // Others users expect
  { name: 'Zoho Meeting', input: 'https://meeting.zoho.eu/meeting/login/embedmeeting.jsp?ACTION=JOIN&key=1234567890', service: 'zoho', url: 'https://meeting.zoho.eu/meeting/login/embedmeeting.jsp?ACTION=JOIN&key=1234567890' },
  { name: 'Vonage Meetings', input: 'https://meetings.vonage.com/123456789', service: 'vonage', url: 'https://meetings.vonage.com/123456789' },
  { name: 'Livestorm', input: 'https://app.livestorm.co/p/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/live?s=abc', service: 'livestorm', url: 'https://app.livestorm.co/p/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/live?s=abc' },
  { name: 'Pexip web app', input: 'Video: https://video.acme.com/webapp/m/meetingroom42?role=guest', service: 'pexip', url: 'https://video.acme.com/webapp/m/meetingroom42?role=guest' },
  { name: 'Discord invite', input: 'Voice on https://discord.gg/AbCd123', service: 'discord', url: 'https://discord.gg/AbCd123' },
  { name: 'Gather space', input: 'https://app.gather.town/app/AbCdEf123/acme-office', service: 'gather', url: 'https://app.gather.town/app/AbCdEf123/acme-office' },
  { name: 'Dialpad Meetings room', input: 'https://meetings.dialpad.com/room/acme-sales', service: 'dialpad', url: 'https://meetings.dialpad.com/room/acme-sales' },
  { name: 'TeamViewer Meeting', input: 'https://go.teamviewer.com/m12345678', service: 'teamviewer', url: 'https://go.teamviewer.com/m12345678' },
  { name: 'Around', input: 'https://around.co/r/acme-design', service: 'around', url: 'https://around.co/r/acme-design' },

  // Wrappers
  { name: 'Proofpoint v2 around Zoom', input: `Join: ${proofpointV2(ZOOM_JOIN)}`, service: 'zoom', url: ZOOM_JOIN },
  { name: 'Proofpoint v3 around Zoom (with * substitutions)', input: `Join: ${proofpointV3(ZOOM_JOIN, '?=')}`, service: 'zoom', url: ZOOM_JOIN },
  { name: 'Google redirect around Teams', input: googleRedirect(TEAMS_JOIN), service: 'teams', url: TEAMS_JOIN },
  { name: 'SafeLinks inside a Google redirect', input: googleRedirect(safeLinks(MEET)), service: 'google-meet', url: MEET },
  { name: 'Proofpoint v2 around SafeLinks around Webex', input: proofpointV2(safeLinks(WEBEX_JOIN)), service: 'webex', url: WEBEX_JOIN },

  // Punctuation, brackets, case, entities
  { name: 'Link in angle brackets', input: 'Join Zoom Meeting <https://zoom.us/j/85512345678?pwd=abc>', service: 'zoom', url: 'https://zoom.us/j/85512345678?pwd=abc' },
  { name: 'Link in parentheses', input: 'Video (https://meet.google.com/xkq-ruvb-wne)', service: 'google-meet', url: MEET },
  { name: 'Markdown link', input: '[Join the call](https://whereby.com/acme-standup).', service: 'whereby', url: 'https://whereby.com/acme-standup' },
  { name: 'Trailing comma and quote', input: 'Use "https://zoom.us/j/85512345678", not the old one', service: 'zoom', url: 'https://zoom.us/j/85512345678' },
  { name: 'Mixed-case scheme and host', input: 'HTTPS://Acme.Zoom.US/j/85512345678?pwd=AbCdEf', service: 'zoom', url: 'https://acme.zoom.us/j/85512345678?pwd=AbCdEf' },
  { name: '&amp; in a query string (plain text that went through HTML)', input: 'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef&amp;from=invite', service: 'webex', url: 'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef&from=invite' },
  { name: 'Numeric entities in an href', input: '<a href="https://zoom.us/j/85512345678?pwd=abc&#38;uname=Kari&#x26;from=mail">Join</a>', service: 'zoom', url: 'https://zoom.us/j/85512345678?pwd=abc&uname=Kari&from=mail' },
  { name: 'Outlook <wbr> inside the visible URL', input: '<p>https://zoom.us/j/<wbr>85512345678?pwd=<wbr>abc</p>', service: 'zoom', url: 'https://zoom.us/j/85512345678?pwd=abc' },
  { name: 'Namespaced Office tags and a style block', input: '<style>a{background:url(https://example.com/bg.png)}</style><p class=MsoNormal>Join<o:p></o:p> <a href="https://meet.jit.si/AcmeDaily">here</a><o:p>&nbsp;</o:p></p>', service: 'jitsi', url: 'https://meet.jit.si/AcmeDaily' },
  { name: 'A "<Zoom link>" placeholder is text, not a tag', input: 'Link: <Zoom link> https://zoom.us/j/85512345678', service: 'zoom', url: 'https://zoom.us/j/85512345678' },

  // Ranking inside a field
  { name: 'A web page before the meeting link', input: 'Slides: https://www.acme.no/q3.html\nCall: https://meet.google.com/xkq-ruvb-wne', service: 'google-meet', url: MEET },
  { name: 'A real meeting pattern beats a room-style match in the same field', input: 'https://whereby.com/old-room then https://zoom.us/j/85512345678', service: 'zoom', url: 'https://zoom.us/j/85512345678' },
  { name: 'Two meeting links of equal strength: the first one', input: `Zoom: https://zoom.us/j/85512345678\nTeams: ${TEAMS_SHORT}`, service: 'zoom', url: 'https://zoom.us/j/85512345678' },

  // Nothing to join
  { name: 'Web pages only', input: 'Agenda: https://www.acme.com/q3-plan and https://en.wikipedia.org/wiki/OKR_(management)', service: null, url: null },
  { name: 'Documents only', input: 'https://acme.sharepoint.com/sites/Sales/Shared%20Documents/Q3.pptx and https://www.acme.no/files/terms.pdf', service: null, url: null },
  { name: 'Phone numbers only', input: 'Dial +47 21 93 37 37,,123456789# or +1 646 558 8656', service: null, url: null },
  { name: 'Empty text', input: '', service: null, url: null },
  { name: 'Lunch (no text at all)', input: { location: 'Kantina', description: null }, service: null, url: null },
];
