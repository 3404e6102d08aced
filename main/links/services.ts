/**
 * The meeting services we recognise and the exact link shapes that count as a meeting. Every path pattern is
 * anchored at the start and tested on a bounded prefix of the path, and none nests quantifiers, so matching is linear.
 */

/** 3 = the service's own join-link shape (`/j/<digits>`, a Meet code); 2 = a room, event or personal page of the service. */
export type Confidence = 2 | 3;

export interface LinkRule {
  /**
   * Host patterns: `zoom.us` exactly; `*.zoom.us` any subdomain (not the bare domain); a label with a `*` inside
   * (`meetings-*`, `meet*`) is a prefix/suffix match on that label; a lone `*` matches any host.
   */
  hosts: readonly string[];
  /** Tested on the path (from the first "/", no query or fragment, at most 2 kB); case-insensitive only where the pattern has the i flag. */
  path: RegExp;
  /** When given, must match the query too (without "?"). */
  query?: RegExp;
  /** Paths on these hosts that look like rooms but are the service's own pages. */
  exclude?: RegExp;
  confidence: Confidence;
}

/** `zoommtg://zoom.us/join?confno=…`, `msteams:/l/meetup-join/…`: recognised, but a web link for the meeting wins. */
export interface AppLinkRule {
  scheme: string;
  /** Hosts as in LinkRule; omitted = any (or none, as in `msteams:/l/…`). */
  hosts?: readonly string[];
  path: RegExp;
}

export interface MeetingService {
  id: string;
  name: string;
  rules: readonly LinkRule[];
  appLinks?: readonly AppLinkRule[];
}

const ZOOM_HOSTS = ['zoom.us', '*.zoom.us', 'zoom.com', '*.zoom.com', 'zoom.com.cn', '*.zoom.com.cn', 'zoom.de', '*.zoom.de', 'zoom-x.de', '*.zoom-x.de'];
const ZOOMGOV_HOSTS = ['zoomgov.com', '*.zoomgov.com'];
const TEAMS_HOSTS = ['teams.microsoft.com', 'teams.microsoft.us', 'gov.teams.microsoft.us', 'dod.teams.microsoft.us', 'teams.cloud.microsoft'];
const ZOHO_TLDS = ['com', 'eu', 'in', 'com.au', 'jp', 'com.cn', 'ca', 'sa', 'uk'];
const WEBEX_HOSTS = ['webex.com', '*.webex.com', '*.webex.com.cn'];
const MTID = /(?:^|&)mtid=/i;

/** Zoom-style paths, shared by Zoom and ZoomGov. */
function zoomRules(hosts: readonly string[]): LinkRule[] {
  return [
    { hosts, path: /^\/[jsw]\/\d{6,}\/?$/i, confidence: 3 },
    { hosts, path: /^\/wc\/join\/\d{6,}\/?$/i, confidence: 3 },
    { hosts, path: /^\/wc\/\d{6,}\/(?:join|start)\/?$/i, confidence: 3 },
    { hosts, path: /^\/my\/[\w.-]+\/?$/i, confidence: 3 },
    { hosts, path: /^\/join\/?$/i, query: /(?:^|&)confno=\d/i, confidence: 3 },
    { hosts, path: /^\/(?:webinar|meeting)\/register\/[\w-]+\/?$/i, confidence: 2 },
  ];
}

export const SERVICES: readonly MeetingService[] = [
  {
    id: 'superoffice',
    name: 'SuperOffice video meeting',
    rules: [
      {
        hosts: ['meetings.superoffice.com', '*.meetings.superoffice.com', 'meetings-*.superoffice.com', '*.meetings-*.superoffice.com'],
        path: /^\/join\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i,
        confidence: 3,
      },
      {
        hosts: ['meetings.superoffice.com', '*.meetings.superoffice.com', 'meetings-*.superoffice.com', '*.meetings-*.superoffice.com'],
        path: /^\/join\/[\w-]+\/?$/i,
        confidence: 2,
      },
    ],
  },
  {
    id: 'zoomgov',
    name: 'ZoomGov',
    rules: zoomRules(ZOOMGOV_HOSTS),
    appLinks: [{ scheme: 'zoommtg', hosts: ZOOMGOV_HOSTS, path: /^\/(?:join|start)\b/i }],
  },
  {
    id: 'zoom',
    name: 'Zoom',
    rules: zoomRules(ZOOM_HOSTS),
    appLinks: [{ scheme: 'zoommtg', hosts: ZOOM_HOSTS, path: /^\/(?:join|start)\b/i }],
  },
  {
    id: 'google-meet',
    name: 'Google Meet',
    rules: [
      { hosts: ['meet.google.com'], path: /^\/(?:_meet\/)?[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/i, confidence: 3 },
      { hosts: ['meet.google.com'], path: /^\/lookup\/[\w-]+\/?$/i, confidence: 3 },
      {
        hosts: ['meet.google.com'],
        path: /^\/(?:_meet\/)?[a-z][a-z0-9-]{2,}\/?$/i,
        exclude: /^\/(?:new|landing|about|calling|linkredirect|tv|help|settings|whiteboard|_meet)\/?$/i,
        confidence: 2,
      },
      { hosts: ['stream.meet.google.com'], path: /^\/stream\/[\w-]+\/?$/i, confidence: 3 },
      { hosts: ['g.co'], path: /^\/meet\/[\w-]+\/?$/i, confidence: 2 },
    ],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    rules: [
      { hosts: TEAMS_HOSTS, path: /^\/l\/meetup-join\/./i, confidence: 3 },
      { hosts: TEAMS_HOSTS, path: /^\/meet\/\d{6,}\/?$/i, confidence: 3 },
      { hosts: ['teams.live.com'], path: /^\/meet\/\w{6,}\/?$/i, confidence: 3 },
      { hosts: ['teams.live.com'], path: /^\/l\/meetup-join\/./i, confidence: 3 },
      { hosts: TEAMS_HOSTS, path: /^\/dl\/launcher\/launcher\.html$/i, query: /(?:^|&)type=meetup-join(?:&|$)/i, confidence: 2 },
      { hosts: TEAMS_HOSTS, path: /^\/convene\/townhall\/?$/i, query: /(?:^|&)eventId=/i, confidence: 2 },
      { hosts: ['events.teams.microsoft.com'], path: /^\/event\/[\w@.%-]+/i, confidence: 2 },
    ],
    appLinks: [{ scheme: 'msteams', path: /^\/l\/meetup-join\/./i }],
  },
  {
    id: 'webex',
    name: 'Webex',
    rules: [
      { hosts: WEBEX_HOSTS, path: /^\/[\w.-]+\/j\.php$/i, query: MTID, confidence: 3 },
      { hosts: WEBEX_HOSTS, path: /^\/[\w.-]+\/k2\/j\.php$/i, query: MTID, confidence: 3 },
      { hosts: WEBEX_HOSTS, path: /^\/meet\/[\w.-]+\/?$/i, confidence: 3 },
      { hosts: WEBEX_HOSTS, path: /^\/join\/[\w.-]+\/?$/i, confidence: 3 },
      { hosts: WEBEX_HOSTS, path: /^\/wbxmjs\/joinservice\/sites\/[\w.-]+\/meeting\/download\/\w+/i, confidence: 3 },
      { hosts: WEBEX_HOSTS, path: /^\/[\w.-]+\/e\.php$/i, query: MTID, confidence: 2 },
      { hosts: WEBEX_HOSTS, path: /^\/[\w.-]+\/onstage\/g\.php$/i, query: MTID, confidence: 2 },
      { hosts: WEBEX_HOSTS, path: /^\/webappng\/sites\/[\w.-]+\/meeting\/info\/\w+/i, confidence: 2 },
      { hosts: WEBEX_HOSTS, path: /^\/weblink\/register\/\w+/i, confidence: 2 },
    ],
  },
  {
    id: 'jitsi',
    name: 'Jitsi Meet',
    rules: [{ hosts: ['meet.jit.si'], path: /^\/[\w%.~()-]+\/?$/, exclude: /^\/(?:static|libs|images|sounds|css|fonts)\/?$/i, confidence: 3 }],
  },
  {
    id: '8x8',
    name: '8x8 Meet',
    rules: [
      { hosts: ['8x8.vc', '*.8x8.vc'], path: /^\/[\w.-]+\/[\w%.~-]+\/?$/, confidence: 3 },
      { hosts: ['8x8.vc', '*.8x8.vc'], path: /^\/[\w%.~-]+\/?$/, confidence: 2 },
    ],
  },
  {
    id: 'gotomeeting',
    name: 'GoTo Meeting',
    rules: [
      { hosts: ['gotomeeting.com', '*.gotomeeting.com'], path: /^\/join\/\d{9}\/?$/i, confidence: 3 },
      { hosts: ['app.gotomeeting.com'], path: /^\/?$/, query: /(?:^|&)meetingId=\d{9}/i, confidence: 3 },
      { hosts: ['meet.goto.com'], path: /^\/\d{9}\/?$/, confidence: 3 },
      { hosts: ['app.goto.com'], path: /^\/meeting\/\d{9}\/?$/i, confidence: 3 },
      { hosts: ['gotomeet.me'], path: /^\/[\w.-]+\/?$/, confidence: 3 },
      { hosts: ['meet.goto.com'], path: /^\/[\w.-]+\/?$/, exclude: /^\/(?:install|download|help|login|join)\/?$/i, confidence: 2 },
    ],
  },
  {
    id: 'gotowebinar',
    name: 'GoTo Webinar',
    rules: [{ hosts: ['gotowebinar.com', '*.gotowebinar.com'], path: /^\/(?:join|register)\/\d+/i, confidence: 2 }],
  },
  {
    id: 'chime',
    name: 'Amazon Chime',
    rules: [
      { hosts: ['chime.aws', '*.chime.aws'], path: /^\/\d{10}\/?$/, confidence: 3 },
      { hosts: ['chime.aws', '*.chime.aws'], path: /^\/meetings\/?$/i, query: /(?:^|&)pin=\d{10}/i, confidence: 3 },
      { hosts: ['meet.chime.in'], path: /^\/\d{10}\/?$/, confidence: 3 },
      {
        hosts: ['chime.aws'],
        path: /^\/[\w.-]{3,}\/?$/,
        exclude: /^\/(?:download|downloads|help|meetings|signin|portal|dialinnumbers|about|pricing)\/?$/i,
        confidence: 2,
      },
    ],
  },
  {
    id: 'ringcentral',
    name: 'RingCentral',
    rules: [
      { hosts: ['meetings.ringcentral.com', '*.ringcentral.com'], path: /^\/j\/\d{6,}\/?$/i, confidence: 3 },
      { hosts: ['v.ringcentral.com', 'video.ringcentral.com', 'meetings.ringcentral.com'], path: /^\/join\/\d{6,}\/?$/i, confidence: 3 },
      { hosts: ['v.ringcentral.com', 'video.ringcentral.com'], path: /^\/\d{6,}\/?$/, confidence: 3 },
      { hosts: ['meetings.ringcentral.com', 'v.ringcentral.com', 'video.ringcentral.com'], path: /^\/my\/[\w.-]+\/?$/i, confidence: 3 },
    ],
  },
  {
    id: 'bluejeans',
    name: 'BlueJeans',
    rules: [
      { hosts: ['bluejeans.com', '*.bluejeans.com'], path: /^\/\d{5,}(?:\/\d+)?\/?$/, confidence: 3 },
      { hosts: ['bjn.vc'], path: /^\/[\w-]+\/?$/, confidence: 2 },
      { hosts: ['primetime.bluejeans.com'], path: /^\/a2m\/live-event\/\w+/i, confidence: 2 },
    ],
  },
  {
    id: 'whereby',
    name: 'Whereby',
    rules: [
      {
        hosts: ['whereby.com', '*.whereby.com', 'appear.in'],
        path: /^\/[\w-]+\/?$/,
        exclude:
          /^\/(?:information|user|pricing|login|signup|sign-up|blog|about|legal|org|download|terms|privacy|support|careers|embed|developers|features|integrations|product|products|solutions|resources|contact|help|business|enterprise|security|partners)\/?$/i,
        confidence: 2,
      },
    ],
  },
  {
    id: 'skype',
    name: 'Skype',
    rules: [{ hosts: ['join.skype.com'], path: /^\/(?:invite\/)?[\w-]{6,}\/?$/, confidence: 3 }],
  },
  {
    id: 'skype-for-business',
    name: 'Skype for Business',
    rules: [{ hosts: ['meet.lync.com'], path: /^\/[\w.-]+\/[\w.-]+\/\w+\/?$/, confidence: 3 }],
  },
  {
    id: 'facetime',
    name: 'FaceTime',
    rules: [{ hosts: ['facetime.apple.com'], path: /^\/join\/?$/i, confidence: 3 }],
  },
  {
    id: 'slack',
    name: 'Slack huddle',
    rules: [{ hosts: ['app.slack.com'], path: /^\/huddle\/\w+\/\w+\/?$/i, confidence: 3 }],
  },
  {
    id: 'lifesize',
    name: 'Lifesize',
    rules: [
      { hosts: ['call.lifesizecloud.com', '*.lifesizecloud.com'], path: /^\/\d{3,}\/?$/, confidence: 3 },
      { hosts: ['call.lifesizecloud.com', '*.lifesizecloud.com'], path: /^\/(?:join|extension)\/[\w-]+/i, confidence: 2 },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho Meeting',
    rules: [
      { hosts: ZOHO_TLDS.map((tld) => `meeting.zoho.${tld}`), path: /^\/meeting\/[\w./-]*$/i, query: /(?:^|&)key=\d/i, confidence: 3 },
      { hosts: ZOHO_TLDS.map((tld) => `meeting.zoho.${tld}`), path: /^\/join\/?$/i, query: /(?:^|&)key=\d/i, confidence: 3 },
      { hosts: ZOHO_TLDS.map((tld) => `meeting.zoho.${tld}`), path: /^\/meeting\/register\/?$/i, confidence: 2 },
      { hosts: ZOHO_TLDS.map((tld) => `cliq.zoho.${tld}`), path: /^\/meetings\/[\w-]+/i, confidence: 2 },
    ],
  },
  {
    id: 'vonage',
    name: 'Vonage Meetings',
    rules: [{ hosts: ['meetings.vonage.com'], path: /^\/\d{9}\/?$/, confidence: 3 }],
  },
  {
    id: 'livestorm',
    name: 'Livestorm',
    rules: [
      { hosts: ['app.livestorm.co', 'app.livestorm.com'], path: /^\/p\/[\w-]+\/live\/?$/i, confidence: 3 },
      { hosts: ['app.livestorm.co', 'app.livestorm.com'], path: /^\/p\/[\w-]+/i, confidence: 2 },
    ],
  },
  {
    id: 'pexip',
    name: 'Pexip',
    rules: [
      { hosts: ['*'], path: /^\/webapp\d?\/(?:m|conference)\/[\w.@%+-]+\/?$/i, confidence: 2 },
      { hosts: ['*'], path: /^\/webapp\d?\/(?:home\/?)?$/i, query: /(?:^|&)conference=/i, confidence: 2 },
    ],
  },
  {
    id: 'around',
    name: 'Around',
    rules: [
      { hosts: ['around.co', 'meet.around.co'], path: /^\/r\/[\w-]+\/?$/i, confidence: 3 },
      { hosts: ['meet.around.co'], path: /^\/[\w-]+\/?$/, confidence: 2 },
    ],
  },
  {
    id: 'discord',
    name: 'Discord',
    rules: [
      { hosts: ['discord.gg'], path: /^\/[\w-]+\/?$/, confidence: 2 },
      { hosts: ['discord.com', 'discordapp.com', 'canary.discord.com', 'ptb.discord.com'], path: /^\/channels\/\d+\/\d+\/?$/, confidence: 2 },
      { hosts: ['discord.com', 'discordapp.com'], path: /^\/(?:invite\/[\w-]+|events\/\d+\/\d+)\/?$/i, confidence: 2 },
    ],
  },
  {
    id: 'gather',
    name: 'Gather',
    rules: [
      { hosts: ['app.gather.town', 'app.v2.gather.town', 'gather.town'], path: /^\/app\/[\w-]+\/[\w%.-]+/i, confidence: 3 },
      { hosts: ['app.gather.town', 'app.v2.gather.town'], path: /^\/invite\/?$/i, query: /(?:^|&)token=/i, confidence: 2 },
    ],
  },
  {
    id: 'dialpad',
    name: 'Dialpad Meetings',
    rules: [
      { hosts: ['meetings.dialpad.com'], path: /^\/room\/[\w.-]+\/?$/i, confidence: 3 },
      { hosts: ['dialpad.com'], path: /^\/meetings\/[\w.-]+\/?$/i, confidence: 3 },
      { hosts: ['meetings.dialpad.com'], path: /^\/[\w.-]+\/?$/, confidence: 2 },
      { hosts: ['uberconference.com', 'www.uberconference.com'], path: /^\/[\w.-]+\/?$/, exclude: /^\/(?:pricing|login|signup|features|about|help)\/?$/i, confidence: 2 },
    ],
  },
  {
    id: 'teamviewer',
    name: 'TeamViewer Meeting',
    rules: [
      { hosts: ['go.teamviewer.com', 'go.blizz.com'], path: /^\/m?\d{6,}\/?$/i, confidence: 3 },
      { hosts: ['go.teamviewer.com', 'go.blizz.com'], path: /^\/[\w-]+\/?$/, confidence: 2 },
    ],
  },
  {
    id: 'join-me',
    name: 'join.me',
    rules: [{ hosts: ['join.me'], path: /^\/[\w-]+\/?$/, exclude: /^\/(?:pricing|login|signup|features|about|help|download)\/?$/i, confidence: 2 }],
  },
  {
    id: 'starleaf',
    name: 'StarLeaf',
    rules: [{ hosts: ['meet.starleaf.com'], path: /^\/\d+\/?/, confidence: 3 }],
  },
  {
    id: 'tencent-meeting',
    name: 'Tencent Meeting (VooV)',
    rules: [{ hosts: ['voovmeeting.com', 'www.voovmeeting.com', 'meeting.tencent.com'], path: /^\/dm\/\w+\/?$/i, confidence: 3 }],
  },
  {
    id: 'proton-meet',
    name: 'Proton Meet',
    rules: [{ hosts: ['meet.proton.me'], path: /^\/join\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'workplace',
    name: 'Workplace from Meta',
    rules: [{ hosts: ['*.workplace.com'], path: /^\/groupcall\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'lark',
    name: 'Lark / Feishu',
    rules: [{ hosts: ['vc.larksuite.com', 'vc.feishu.cn'], path: /^\/j\/\d+\/?$/i, confidence: 3 }],
  },
  {
    id: 'pumble',
    name: 'Pumble',
    rules: [{ hosts: ['meet.pumble.com'], path: /^\/[\w-]+\/?$/, confidence: 2 }],
  },
  {
    id: 'tuple',
    name: 'Tuple',
    rules: [{ hosts: ['tuple.app'], path: /^\/c\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'cal-video',
    name: 'Cal Video',
    rules: [{ hosts: ['app.cal.com'], path: /^\/video\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'livekit',
    name: 'LiveKit Meet',
    rules: [{ hosts: ['meet*.livekit.io'], path: /^\/rooms\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'blackboard-collaborate',
    name: 'Blackboard Collaborate',
    rules: [{ hosts: ['*.bbcollab.com'], path: /^\/(?:guest|invite)\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'riverside',
    name: 'Riverside',
    rules: [{ hosts: ['riverside.fm', 'riverside.com'], path: /^\/studio\/[\w-]+/i, confidence: 3 }],
  },
  {
    id: 'streamyard',
    name: 'StreamYard',
    rules: [{ hosts: ['streamyard.com'], path: /^\/(?:guest\/)?[\w-]{8,13}\/?$/, confidence: 2 }],
  },
  {
    id: 'luma',
    name: 'Luma',
    rules: [{ hosts: ['lu.ma', 'luma.com'], path: /^\/join\/[\w-]+/i, confidence: 2 }],
  },
  {
    id: 'demio',
    name: 'Demio',
    rules: [{ hosts: ['event.demio.com'], path: /^\/ref\/[\w-]+/i, confidence: 2 }],
  },
  {
    id: 'jam',
    name: 'Jam',
    rules: [{ hosts: ['jam.systems'], path: /^\/[\w-]+\/?$/, confidence: 2 }],
  },
];

/** Whether `host` (lower-cased) fits one host pattern of a LinkRule. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  const wanted = pattern.split('.');
  const labels = host.split('.');
  const anySubdomain = wanted[0] === '*';
  const core = anySubdomain ? wanted.slice(1) : wanted;
  const extra = labels.length - core.length;
  if (anySubdomain ? extra < 1 : extra !== 0) return false;
  return core.every((label, index) => labelMatches(label, labels[extra + index]!));
}

function labelMatches(pattern: string, label: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === label;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return label.length > prefix.length + suffix.length && label.startsWith(prefix) && label.endsWith(suffix);
}
