import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** The mark inside each icon: a camera for meeting services, a letter for the others. */
const camera = svg`<path fill="#fff" d="M4 6.5A1.5 1.5 0 0 1 5.5 5h4A1.5 1.5 0 0 1 11 6.5v3A1.5 1.5 0 0 1 9.5 11h-4A1.5 1.5 0 0 1 4 9.5zM11.5 7.2 13 6v4l-1.5-1.2z"/>`;
const letter = (char: string) =>
  svg`<text x="8" y="11.6" fill="#fff" font-size="10" font-weight="700" font-family="system-ui,sans-serif" text-anchor="middle">${char}</text>`;

/** Known services: background colour and mark. */
const SERVICES: Record<string, [string, SVGTemplateResult]> = {
  zoom: ['#0b5cff', camera],
  'google-meet': ['#00832d', camera],
  teams: ['#5059c9', letter('T')],
  webex: ['#0a7f8f', letter('W')],
  jitsi: ['#1d76ba', camera],
  superoffice: ['#0b6e6b', letter('S')],
};

/**
 * A small inline icon for a meeting service (zoom, google-meet, teams, webex, jitsi, superoffice),
 * or a generic video camera for any other; `label` is its accessible name (the service's name).
 */
export function serviceIcon(service: string, label: string): TemplateResult {
  const known = Object.hasOwn(SERVICES, service) ? SERVICES[service] : undefined;
  // The <svg> element itself belongs in an html template; what is inside it in svg templates.
  return html`<svg class="service-icon" data-service=${known ? service : 'video'} viewBox="0 0 16 16" width="16" height="16" role="img" aria-label=${label}>
    ${known
      ? svg`<rect width="16" height="16" rx="4" fill=${known[0]}/>${known[1]}`
      : svg`<path fill="none" stroke="currentColor" stroke-width="1.3" stroke-linejoin="round" d="M2.5 5.2c0-.6.5-1.1 1.1-1.1h6.3c.6 0 1.1.5 1.1 1.1v5.6c0 .6-.5 1.1-1.1 1.1H3.6c-.6 0-1.1-.5-1.1-1.1zM11 7l3-2v6l-3-2z"/>`}
  </svg>`;
}
