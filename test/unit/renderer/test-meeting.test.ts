// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProviderId } from '../../../preload/contract.js';
import type { ConnectionCard } from '../../../renderer/components/connection-card.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, allViews } from './support/memory-tray-api.js';
import { alertText, button, buttonNames, inShadow, mountApp, settle, text } from './support/dom.js';

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
});

afterEach(() => {
  document.body.replaceChildren();
  delete (navigator as unknown as Record<string, unknown>).clipboard;
});

const videoCard = (app: VmtApp) =>
  inShadow<ConnectionCard>(app, 'section[aria-labelledby="video-heading"] vmt-connection-card');
const meeting = (app: VmtApp) => inShadow(videoCard(app), 'vmt-test-meeting');

async function mountConnected(id: ProviderId, api = new MemoryTrayApi(allViews({ [id]: { status: 'connected', active: true } }))) {
  const app = await mountApp(api);
  return { api, app };
}

async function create(app: VmtApp): Promise<void> {
  button(meeting(app), 'Create test meeting').click();
  await settle(app);
}

describe('<vmt-test-meeting>', () => {
  it('is offered on a connected provider card, next to (not instead of) the next action', async () => {
    const { app } = await mountConnected('zoom');
    expect(buttonNames(meeting(app))).toEqual(['Create test meeting']);
    expect(buttonNames(videoCard(app))).toEqual(['Sign out']);
  });

  it('is not offered on the SuperOffice card', async () => {
    const app = await mountApp(new MemoryTrayApi(allViews()));
    const crm = inShadow<ConnectionCard>(app, 'section[aria-labelledby="crm-heading"] vmt-connection-card');
    expect(crm.shadowRoot!.querySelector('vmt-test-meeting')).toBeNull();
  });

  it('shows a pending state, then the join link (as text), meeting ID and passcode', async () => {
    const { api, app } = await mountConnected('zoom');
    api.holdNext('createTestMeeting');
    await create(app);
    expect(api.callsOf('createTestMeeting')).toEqual([['zoom']]);
    const pending = meeting(app).shadowRoot!.querySelector('button')!;
    expect(text(pending)).toBe('Creating test meeting…');
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    const live = inShadow(meeting(app), '.meeting-status');
    expect(live.getAttribute('role')).toBe('status');
    expect(text(live)).toBe('Creating a test meeting…');

    // A second click while pending makes no second call.
    pending.click();
    await settle(app);
    expect(api.callsOf('createTestMeeting')).toHaveLength(1);

    api.heldCalls('createTestMeeting')[0]!.release();
    await settle(app);
    expect(text(live)).toBe('Test meeting created.');
    expect(text(inShadow(meeting(app), '.join-url'))).toBe('https://zoom.example.com/j/81234567890?pwd=abc');
    expect(text(inShadow(meeting(app), '.meeting-id'))).toBe('812 3456 7890');
    expect(text(inShadow(meeting(app), '.passcode'))).toBe('Z00mTest');
    expect(text(inShadow(meeting(app), 'dl'))).toBe(
      'Join link https://zoom.example.com/j/81234567890?pwd=abc Meeting ID 812 3456 7890 Passcode Z00mTest',
    );
    // The app opens links itself: no navigation from the popover.
    expect(meeting(app).shadowRoot!.querySelector('a')).toBeNull();
    expect(buttonNames(meeting(app))).toEqual(['Create test meeting', 'Copy link', 'Copy invitation']);
  });

  it('Copy link and Copy invitation write the right text to the clipboard', async () => {
    const { app } = await mountConnected('zoom');
    await create(app);

    button(meeting(app), 'Copy link').click();
    await settle(app);
    expect(writeText).toHaveBeenLastCalledWith('https://zoom.example.com/j/81234567890?pwd=abc');
    expect(text(inShadow(meeting(app), '.copy-status'))).toBe('Link copied.');

    button(meeting(app), 'Copy invitation').click();
    await settle(app);
    expect(writeText).toHaveBeenLastCalledWith(
      'Join meeting: https://zoom.example.com/j/81234567890?pwd=abc\nMeeting ID: 812 3456 7890\nPasscode: Z00mTest',
    );
    const status = inShadow(meeting(app), '.copy-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(text(status)).toBe('Invitation copied.');
  });

  it('leaves the passcode line out of the invitation when the meeting has none', async () => {
    const { app } = await mountConnected('google');
    await create(app);
    expect(meeting(app).shadowRoot!.querySelector('.passcode')).toBeNull();
    button(meeting(app), 'Copy invitation').click();
    await settle(app);
    expect(writeText).toHaveBeenLastCalledWith(
      'Join meeting: https://google.example.com/j/81234567890?pwd=abc\nMeeting ID: 812 3456 7890',
    );
  });

  it('says so when the clipboard refuses', async () => {
    const { app } = await mountConnected('zoom');
    await create(app);
    writeText.mockRejectedValueOnce(new Error('denied'));
    button(meeting(app), 'Copy link').click();
    await settle(app);
    expect(text(inShadow(meeting(app), '.copy-status'))).toBe('Could not copy. Select the text and copy it yourself.');
  });

  it('shows a failure with its remedy in an alert', async () => {
    const { api, app } = await mountConnected('teams');
    api.failNext('createTestMeeting', {
      code: 'superoffice_required',
      message: 'Connect SuperOffice first.',
      remedy: 'Video meetings belong to your SuperOffice tenant: connect SuperOffice, then this provider.',
    });
    await create(app);
    expect(alertText(meeting(app))).toBe(
      'Connect SuperOffice first. Video meetings belong to your SuperOffice tenant: connect SuperOffice, then this provider.',
    );
    expect(meeting(app).shadowRoot!.querySelector('dl')).toBeNull();
    expect(button(meeting(app), 'Create test meeting').getAttribute('aria-disabled')).toBe('false');

    // Trying again clears it.
    await create(app);
    expect(meeting(app).shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(meeting(app).shadowRoot!.querySelector('dl')).not.toBeNull();
  });

  it('renders hostile meeting text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
    api.meetingFor = (id) => ({ provider: id, title: hostile, joinUrl: hostile, meetingId: hostile, passcode: hostile, start: 'nonsense' });
    const { app } = await mountConnected('zoom', api);
    await create(app);
    const root = meeting(app).shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.join-url')!.textContent).toBe(hostile);
    expect(root.querySelector('.meeting-title bdi')!.textContent).toBe(hostile);
    expect(root.querySelector('.start')).toBeNull();
  });

  it('is gone once the provider is signed out', async () => {
    const { app } = await mountConnected('zoom');
    await create(app);
    button(videoCard(app), 'Sign out').click();
    await settle(app);
    expect(videoCard(app).shadowRoot!.querySelector('vmt-test-meeting')).toBeNull();
  });
});
