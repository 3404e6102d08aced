// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../../preload/contract.js';
import type { Agenda } from '../../../renderer/components/agenda.js';
import type { ConnectionCard } from '../../../renderer/components/connection-card.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, agendaItem, agendaView, joinOption, superOfficeView } from './support/memory-tray-api.js';
import { alertText, button, buttonNames, inShadow, mountApp, settle, text } from './support/dom.js';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** Local time on 4–10 March 2025 (4 March is a Tuesday); the clock stands at 10:00 on the 4th. */
const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);
const iso = (day: number, hour: number, minute = 0) => at(day, hour, minute).toISOString();
const NOW = at(4, 10);

/** Fakes Date and the clock's setInterval only: Lit and happy-dom keep their real setTimeout and microtasks. */
function fakeClock(now = NOW): void {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now });
}

const agenda = (app: VmtApp) => inShadow<Agenda>(app, 'vmt-agenda');
const root = (app: VmtApp) => agenda(app).shadowRoot!;
const rows = (app: VmtApp) => [...root(app).querySelectorAll<HTMLLIElement>('.item')];
const row = (app: VmtApp, key: string) => inShadow<HTMLLIElement>(agenda(app), `.item[data-key="${key}"]`);
const joinButtons = (element: Element) => [...element.querySelectorAll<HTMLButtonElement>('button[data-action="join"]')];
const announcement = (app: VmtApp) => text(root(app).querySelector('.announcement'));

async function mountAgenda(items: AgendaItem[], overrides: Parameters<typeof agendaView>[1] = {}) {
  const api = new MemoryTrayApi([superOfficeView('connected')]);
  api.agenda = agendaView(items, overrides);
  const app = await mountApp(api);
  return { api, app };
}

describe('<vmt-agenda> items', () => {
  it('groups items under Today, Tomorrow and the weekday, each day in time order', async () => {
    fakeClock();
    const { app } = await mountAgenda([
      agendaItem({ key: 'thu', title: 'Board meeting', start: iso(6, 9), end: iso(6, 10) }),
      agendaItem({ key: 'late', title: 'Customer demo', start: iso(4, 15), end: iso(4, 16) }),
      agendaItem({ key: 'tomorrow', title: 'Planning', start: iso(5, 8), end: iso(5, 9) }),
      agendaItem({ key: 'early', title: 'Stand-up', start: iso(4, 11), end: iso(4, 11, 15) }),
    ]);
    const days = [...root(app).querySelectorAll('.day')];
    const thursday = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' }).format(at(6, 0));
    expect(days.map((day) => text(day.querySelector('h3')))).toEqual(['Today', 'Tomorrow', thursday]);
    expect(days.map((day) => [...day.querySelectorAll('.title')].map((title) => text(title)))).toEqual([
      ['Stand-up', 'Customer demo'],
      ['Planning'],
      ['Board meeting'],
    ]);
    // Each day's list is labelled by its heading.
    const list = days[0]!.querySelector('ul')!;
    expect(text(root(app).getElementById(list.getAttribute('aria-labelledby')!))).toBe('Today');
  });

  it('shows the time range in the locale, "All day" for all-day items, company and contact', async () => {
    fakeClock();
    const { app } = await mountAgenda([
      agendaItem({ key: 'allday', title: 'Trade fair', start: iso(4, 0), end: iso(5, 0), allDay: true, company: undefined, contact: undefined, join: undefined }),
      agendaItem({ key: 'demo', title: 'Demo', start: iso(4, 14), end: iso(4, 15), company: 'Acme AS', contact: 'Bob Berg' }),
    ]);
    expect(text(row(app, 'allday').querySelector('time'))).toBe('All day');
    expect(row(app, 'allday').querySelector('.meta')).toBeNull();
    expect(joinButtons(row(app, 'allday'))).toEqual([]);
    const range = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).formatRange(at(4, 14), at(4, 15));
    expect(text(row(app, 'demo').querySelector('time'))).toBe(range.replace(/\s+/g, ' '));
    expect(row(app, 'demo').querySelector('time')!.getAttribute('datetime')).toBe(iso(4, 14));
    expect(text(row(app, 'demo').querySelector('.meta'))).toBe('Acme AS · Bob Berg');
  });

  it('shows the service icon of the join link, a generic one for unknown services', async () => {
    const { app } = await mountAgenda([
      agendaItem({ key: 'zoom', join: joinOption('zoom', 'Zoom') }),
      agendaItem({ key: 'meet', join: joinOption('google-meet', 'Google Meet') }),
      agendaItem({ key: 'teams', join: joinOption('teams', 'Microsoft Teams') }),
      agendaItem({ key: 'other', join: joinOption('whereby', 'Whereby') }),
    ]);
    const icon = (key: string) => row(app, key).querySelector('svg.service-icon')!;
    expect(icon('zoom').getAttribute('data-service')).toBe('zoom');
    expect(icon('meet').getAttribute('data-service')).toBe('google-meet');
    expect(icon('teams').getAttribute('data-service')).toBe('teams');
    expect(icon('other').getAttribute('data-service')).toBe('video');
    expect(icon('other').getAttribute('role')).toBe('img');
    expect(icon('other').getAttribute('aria-label')).toBe('Whereby');
  });

  it('Join calls joinMeeting with the key; the button is named after the meeting', async () => {
    const item = agendaItem({ key: 'k1', title: 'Weekly sync' });
    const { api, app } = await mountAgenda([item]);
    const [join] = joinButtons(row(app, 'k1'));
    expect(join!.getAttribute('aria-label')).toBe('Join Weekly sync');
    expect(text(join)).toBe('Join');
    join!.click();
    await settle(app);
    expect(api.callsOf('joinMeeting')).toEqual([['k1']]);
    expect(row(app, 'k1').querySelector('[role="alert"]')).toBeNull();
  });

  it('shows "Opening…" while the join call runs', async () => {
    const { api, app } = await mountAgenda([agendaItem({ key: 'k1' })]);
    api.holdNext('joinMeeting');
    joinButtons(row(app, 'k1'))[0]!.click();
    await settle(app);
    const join = joinButtons(row(app, 'k1'))[0]!;
    expect(text(join)).toBe('Opening…');
    expect(join.getAttribute('aria-disabled')).toBe('true');
    api.heldCalls('joinMeeting')[0]!.release();
    await settle(app);
    expect(text(joinButtons(row(app, 'k1'))[0])).toBe('Join');
  });

  it('"More links" lists the alternatives, each joining with its index', async () => {
    const item = agendaItem({
      key: 'k2',
      title: 'Review',
      alternatives: [
        joinOption('teams', 'Microsoft Teams', 'https://teams.microsoft.com/l/meetup-join/abc'),
        joinOption('google-meet', 'Google Meet', 'https://meet.google.com/abc-defg-hij'),
      ],
    });
    const { api, app } = await mountAgenda([item]);
    const more = row(app, 'k2').querySelector('details.more')!;
    expect(text(more.querySelector('summary'))).toBe('More links');
    expect(more.querySelector('summary')!.getAttribute('aria-label')).toBe('More links for Review');
    expect([...more.querySelectorAll('li')].map((li) => text(li.querySelector('.alt-name')))).toEqual([
      'Microsoft Teams teams.microsoft.com',
      'Google Meet meet.google.com',
    ]);
    const buttons = joinButtons(more);
    expect(buttons.map((each) => each.getAttribute('aria-label'))).toEqual([
      'Join Review with Microsoft Teams',
      'Join Review with Google Meet',
    ]);
    buttons[1]!.click();
    await settle(app);
    expect(api.callsOf('joinMeeting')).toEqual([['k2', 1]]);
  });

  it('shows a failed join with its remedy at the row', async () => {
    const { api, app } = await mountAgenda([agendaItem({ key: 'a' }), agendaItem({ key: 'b' })]);
    api.failNext('joinMeeting', { code: 'browser_unavailable', message: 'No browser could open the meeting.', remedy: 'Copy the link instead.' });
    joinButtons(row(app, 'b'))[0]!.click();
    await settle(app);
    expect(alertText({ shadowRoot: row(app, 'b') } as unknown as Element)).toBe('No browser could open the meeting. Copy the link instead.');
    expect(row(app, 'a').querySelector('[role="alert"]')).toBeNull();

    // The next try clears it.
    joinButtons(row(app, 'b'))[0]!.click();
    await settle(app);
    expect(row(app, 'b').querySelector('[role="alert"]')).toBeNull();
  });

  it('marks the ongoing item "Now" and the next one "Next" with a countdown that follows the clock', async () => {
    fakeClock();
    const { app } = await mountAgenda(
      [
        agendaItem({ key: 'now', title: 'Stand-up', start: iso(4, 9, 45), end: iso(4, 10, 15), phase: 'ongoing' }),
        agendaItem({ key: 'next', title: 'Demo', start: iso(4, 10, 5), end: iso(4, 10, 30) }),
        agendaItem({ key: 'later', title: 'Lunch', start: iso(4, 12), end: iso(4, 13) }),
      ],
      { nextKey: 'next' },
    );
    expect(text(row(app, 'now').querySelector('.badge'))).toBe('Now');
    expect(row(app, 'now').getAttribute('data-phase')).toBe('ongoing');
    expect(text(row(app, 'next').querySelector('.badge'))).toBe('Next');
    expect(row(app, 'next').hasAttribute('data-next')).toBe(true);
    expect(text(row(app, 'next').querySelector('.countdown'))).toBe('in 5 minutes');
    expect(row(app, 'later').querySelector('.badge')).toBeNull();
    expect(row(app, 'later').querySelector('.countdown')).toBeNull();
    // The ongoing and the next meeting's Join are the primary buttons.
    expect(joinButtons(row(app, 'now'))[0]!.classList.contains('primary')).toBe(true);
    expect(joinButtons(row(app, 'next'))[0]!.classList.contains('primary')).toBe(true);
    expect(joinButtons(row(app, 'later'))[0]!.classList.contains('primary')).toBe(false);

    vi.advanceTimersByTime(2 * 30_000);
    await settle(app);
    expect(text(row(app, 'next').querySelector('.countdown'))).toBe('in 4 minutes');
  });

  it('an ongoing next item shows "Now" without a countdown', async () => {
    const { app } = await mountAgenda([agendaItem({ key: 'now', phase: 'ongoing' })], { nextKey: 'now' });
    expect([...row(app, 'now').querySelectorAll('.badge')].map((badge) => text(badge))).toEqual(['Now']);
    expect(row(app, 'now').querySelector('.countdown')).toBeNull();
  });

  it('dims tentative and unanswered invitations and says their status; declined ones say "Declined"', async () => {
    const { app } = await mountAgenda([
      agendaItem({ key: 'own', invitation: 'own' }),
      agendaItem({ key: 'tentative', invitation: 'tentative', dimmed: true }),
      agendaItem({ key: 'unanswered', invitation: 'not-answered', dimmed: true, company: undefined, contact: undefined }),
      agendaItem({ key: 'declined', invitation: 'declined', dimmed: true }),
      agendaItem({ key: 'shown', invitation: 'tentative', dimmed: false }),
    ]);
    expect(row(app, 'own').hasAttribute('data-dimmed')).toBe(false);
    expect(row(app, 'own').querySelector('.invitation')).toBeNull();
    expect(row(app, 'tentative').hasAttribute('data-dimmed')).toBe(true);
    expect(text(row(app, 'tentative').querySelector('.meta'))).toBe('Acme AS · Bob Berg · Tentative');
    expect(text(row(app, 'unanswered').querySelector('.meta'))).toBe('Not answered');
    expect(row(app, 'declined').getAttribute('data-invitation')).toBe('declined');
    expect(text(row(app, 'declined').querySelector('.invitation'))).toBe('Declined');
    // Shown in full (the user's preference), but the status is still said.
    expect(row(app, 'shown').hasAttribute('data-dimmed')).toBe(false);
    expect(text(row(app, 'shown').querySelector('.invitation'))).toBe('Tentative');
  });

  it('renders hostile titles, companies and contacts as text, isolated for bidi', async () => {
    const title = '<img src=x onerror="alert(1)"><b>Pwned</b>';
    const company = '\u202Egnp.exe\u202C <script>alert(2)</script>';
    const contact = 'שלום <i>Bob</i>';
    const { app } = await mountAgenda([agendaItem({ key: 'evil', title, company, contact })]);
    const evil = row(app, 'evil');
    expect(evil.querySelector('img, b, script, i')).toBeNull();
    const titleEl = evil.querySelector('.title')!;
    expect(titleEl.localName).toBe('bdi');
    expect(titleEl.textContent).toBe(title);
    expect(evil.querySelector('bdi.company')!.textContent).toBe(company);
    expect(evil.querySelector('bdi.contact')!.textContent).toBe(contact);
    expect(joinButtons(evil)[0]!.getAttribute('aria-label')).toBe(`Join ${title}`);
  });
});

describe('<vmt-agenda> states', () => {
  it('signed-out: asks to connect SuperOffice; the button opens Settings at the SuperOffice Connect button', async () => {
    const api = new MemoryTrayApi([superOfficeView('disconnected')]);
    const app = await mountApp(api);
    const state = inShadow(agenda(app), '[data-state="signed-out"]');
    expect(text(state)).toContain('Connect SuperOffice to see your meetings');

    const details = inShadow<HTMLDetailsElement>(app, 'details.settings');
    details.open = false;
    await settle(app);
    button(agenda(app), 'Connect SuperOffice').click();
    await settle(app);
    expect(details.open).toBe(true);
    const card = inShadow<ConnectionCard>(app, 'section[aria-labelledby="crm-heading"] vmt-connection-card');
    expect(card.shadowRoot!.activeElement).toBe(button(card, 'Connect'));
  });

  it('loading: says so, with a skeleton', async () => {
    const { app } = await mountAgenda([], { status: 'loading' });
    expect(text(root(app).querySelector('.loading [role="status"]'))).toBe('Loading your meetings…');
    expect(root(app).querySelectorAll('.skeleton[aria-hidden="true"]').length).toBeGreaterThan(0);
  });

  it('loading before getAgenda answers', async () => {
    const api = new MemoryTrayApi([superOfficeView('connected')]);
    api.holdNext('getAgenda');
    const app = await mountApp(api);
    expect(text(root(app).querySelector('.loading'))).toContain('Loading your meetings…');
    api.heldCalls('getAgenda')[0]!.release({ ok: true, value: agendaView([agendaItem({ key: 'x' })]) });
    await settle(app);
    expect(rows(app)).toHaveLength(1);
  });

  it('fresh and empty: "No meetings today or tomorrow", following horizonDays', async () => {
    const { api, app } = await mountAgenda([]);
    expect(text(root(app).querySelector('[data-state="empty"]'))).toBe('No meetings today or tomorrow');
    api.emitAgenda(agendaView([], { horizonDays: 1 }));
    await settle(app);
    expect(text(root(app).querySelector('[data-state="empty"]'))).toBe('No meetings today');
  });

  it('stale: a banner with the time of the last refresh, the reason and the remedy, and Refresh', async () => {
    fakeClock();
    const { api, app } = await mountAgenda([agendaItem({ key: 'old', start: iso(4, 11), end: iso(4, 12) })], {
      status: 'stale',
      lastSuccessAt: iso(4, 9, 42),
      error: { code: 'network', message: 'SuperOffice could not be reached.', remedy: 'Check your internet connection.' },
    });
    const banner = inShadow(agenda(app), '.banner[data-state="stale"]');
    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(at(4, 9, 42));
    expect(text(banner.querySelector('p'))).toBe(
      `Showing your agenda from ${time} — SuperOffice could not be reached. Check your internet connection.`,
    );
    expect(rows(app)).toHaveLength(1);

    api.refreshedAgenda = agendaView([agendaItem({ key: 'new', start: iso(4, 11), end: iso(4, 12) })]);
    banner.querySelector<HTMLButtonElement>('button[data-action="refresh-stale"]')!.click();
    await settle(app);
    expect(api.callsOf('refreshAgenda')).toHaveLength(1);
    expect(root(app).querySelector('.banner')).toBeNull();
    expect(rows(app).map((each) => each.dataset.key)).toEqual(['new']);
  });

  it('Refresh in the header calls refreshAgenda, shows it is pending, and announces the update', async () => {
    const { api, app } = await mountAgenda([]);
    api.holdNext('refreshAgenda');
    const refresh = () => inShadow<HTMLButtonElement>(agenda(app), '.head button[data-action="refresh"]');
    expect(text(refresh())).toBe('Refresh');
    refresh().click();
    await settle(app);
    expect(text(refresh())).toBe('Refreshing…');
    expect(refresh().getAttribute('aria-disabled')).toBe('true');
    refresh().click();
    await settle(app);
    expect(api.callsOf('refreshAgenda')).toHaveLength(1);

    api.heldCalls('refreshAgenda')[0]!.release();
    await settle(app);
    expect(text(refresh())).toBe('Refresh');
    expect(announcement(app)).toBe('Agenda updated');
  });

  it('a failed refresh shows its message and remedy', async () => {
    const { api, app } = await mountAgenda([]);
    api.failNext('refreshAgenda', { code: 'rate_limited', message: 'SuperOffice asked us to slow down.', remedy: 'Try again in a minute.' });
    button(agenda(app), 'Refresh').click();
    await settle(app);
    expect(alertText(agenda(app))).toBe('SuperOffice asked us to slow down. Try again in a minute.');
  });

  it('a failed getAgenda shows why', async () => {
    const api = new MemoryTrayApi([superOfficeView('connected')]);
    api.failNext('getAgenda', { code: 'internal', message: 'The agenda is not available.', remedy: 'Restart the app.' });
    const app = await mountApp(api);
    expect(alertText(agenda(app))).toBe('The agenda is not available. Restart the app.');
  });

  it('follows agendaChanged, announcing updates and meetings that start', async () => {
    const { api, app } = await mountAgenda([]);
    expect(announcement(app)).toBe('');
    expect(api.listenerCount('agendaChanged')).toBe(1);

    const demo = agendaItem({ key: 'demo', title: 'Demo' });
    api.emitAgenda(agendaView([demo]));
    await settle(app);
    expect(rows(app).map((each) => each.dataset.key)).toEqual(['demo']);
    expect(announcement(app)).toBe('Agenda updated');

    api.emitAgenda(agendaView([{ ...demo, phase: 'ongoing' }], { nextKey: 'demo' }));
    await settle(app);
    expect(announcement(app)).toBe('Meeting starting now: Demo');
    expect(text(row(app, 'demo').querySelector('.badge'))).toBe('Now');

    app.remove();
    expect(api.listenerCount('agendaChanged')).toBe(0);
  });

  it('takes an agendaChanged that arrives while getAgenda is in flight over the older answer', async () => {
    const api = new MemoryTrayApi([superOfficeView('connected')]);
    api.holdNext('getAgenda');
    const app = await mountApp(api);
    api.emitAgenda(agendaView([agendaItem({ key: 'newer' })]));
    api.heldCalls('getAgenda')[0]!.release({ ok: true, value: agendaView([agendaItem({ key: 'older' })]) });
    await settle(app);
    expect(rows(app).map((each) => each.dataset.key)).toEqual(['newer']);
  });

  it('keeps the Refresh button in the header in every state', async () => {
    const { app } = await mountAgenda([], { status: 'loading' });
    expect(buttonNames(agenda(app))).toContain('Refresh');
  });
});
