// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '../../../preload/contract.js';
import type { Agenda } from '../../../renderer/components/agenda.js';
import type { VideoActions } from '../../../renderer/components/video-actions.js';
import type { VmtApp } from '../../../renderer/components/vmt-app.js';
import { MemoryTrayApi, agendaItem, agendaView, allViews } from './support/memory-tray-api.js';
import { inShadow, mountApp, settle, text } from './support/dom.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const agenda = (app: VmtApp) => inShadow<Agenda>(app, 'vmt-agenda');
const actions = (app: VmtApp, key: string) => agenda(app).shadowRoot!.querySelector<VideoActions>(`.item[data-key="${key}"] vmt-video-actions`)!;
const actionButtons = (app: VmtApp, key: string) => [...(actions(app, key).shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
const names = (app: VmtApp, key: string) => actionButtons(app, key).map((button) => text(button));
const press = async (app: VmtApp, key: string, action: string) => {
  actions(app, key).shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
  await settle(app);
};

async function mount(items: AgendaItem[]) {
  const api = new MemoryTrayApi(allViews({ zoom: { status: 'connected', active: true } }));
  api.agenda = agendaView(items);
  const app = await mountApp(api);
  return { api, app };
}

describe('<vmt-video-actions> on agenda items', () => {
  it('offers "Add video meeting" on an own appointment without a link, and then Copy and Remove once it has one', async () => {
    const item = agendaItem({ key: 'lunch', title: 'Lunch with Acme', join: undefined, canAddVideo: true, invitation: 'own' });
    const { api, app } = await mount([item]);
    expect(names(app, 'lunch')).toEqual(['Add video meeting']);
    expect(actionButtons(app, 'lunch')[0]!.getAttribute('aria-label')).toBe('Add a video meeting to Lunch with Acme');

    await press(app, 'lunch', 'add-video');
    expect(api.calls.filter((call) => call.name === 'addVideoMeeting')).toEqual([{ name: 'addVideoMeeting', args: ['lunch'] }]);
    expect(names(app, 'lunch')).toEqual(['Copy link', 'Copy invitation', 'Remove video meeting']);
    expect(text(actions(app, 'lunch').shadowRoot!.querySelector('[role="status"]'))).toBe('Video meeting added to Lunch with Acme');

    await press(app, 'lunch', 'remove-video');
    expect(api.calls.some((call) => call.name === 'removeVideoMeeting')).toBe(true);
    expect(names(app, 'lunch')).toEqual(['Add video meeting']);
  });

  it('copies the link and the invitation to the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { app } = await mount([agendaItem({ key: 'sync', title: 'Weekly sync' })]);
    expect(names(app, 'sync')).toEqual(['Copy link', 'Copy invitation']);
    await press(app, 'sync', 'copy-link');
    expect(writeText).toHaveBeenLastCalledWith('https://zoom.example.com/j/123');
    expect(text(actions(app, 'sync').shadowRoot!.querySelector('[role="status"]'))).toBe('Link copied');
    await press(app, 'sync', 'copy-invitation');
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('Join meeting: https://zoom.example.com/j/123'));
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: async () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    const { app } = await mount([agendaItem({ key: 'sync' })]);
    await press(app, 'sync', 'copy-link');
    const shadow = actions(app, 'sync').shadowRoot!;
    expect(text(shadow.querySelector('[role="alert"]'))).toMatch(/clipboard could not be used/);
    expect(shadow.querySelector('textarea')!.value).toBe('https://zoom.example.com/j/123');
  });

  it('shows a failure with its remedy under the buttons, and keeps the item as it was', async () => {
    const item = agendaItem({ key: 'lunch', join: undefined, canAddVideo: true });
    const { api, app } = await mount([item]);
    api.failNext('addVideoMeeting', { code: 'reservation_failed', message: 'Something went wrong reserving your video meeting. Please try again later.', remedy: 'Sign out of SuperOffice and in again.' });
    await press(app, 'lunch', 'add-video');
    expect(text(actions(app, 'lunch').shadowRoot!.querySelector('[role="alert"]'))).toContain('Something went wrong reserving your video meeting');
    expect(names(app, 'lunch')).toEqual(['Add video meeting', 'Repair SuperOffice connection']);
  });

  it('a failed reservation offers SuperOffice’s remedy in one click: Repair SuperOffice connection', async () => {
    const item = agendaItem({ key: 'lunch', join: undefined, canAddVideo: true });
    const { api, app } = await mount([item]);
    api.failNext('addVideoMeeting', { code: 'reservation_failed', message: 'Something went wrong reserving your video meeting. Please try again later.' });
    await press(app, 'lunch', 'add-video');
    await press(app, 'lunch', 'repair-superoffice');
    expect(api.calls.filter((call) => call.name === 'repairConnection')).toEqual([{ name: 'repairConnection', args: ['superoffice'] }]);
  });

  it('shows "Adding video meeting…" while the core is adding one (e.g. from the tray) and nothing on invitations', async () => {
    const { app } = await mount([
      agendaItem({ key: 'busy', join: undefined, canAddVideo: false, video: { provider: 'zoom', pending: 'adding' } }),
      agendaItem({ key: 'invite', join: undefined, canAddVideo: false, invitation: 'accepted' }),
    ]);
    expect(names(app, 'busy')).toEqual(['Adding video meeting…']);
    expect(actionButtons(app, 'busy')[0]!.getAttribute('aria-disabled')).toBe('true');
    expect(names(app, 'invite')).toEqual([]);
  });
});
