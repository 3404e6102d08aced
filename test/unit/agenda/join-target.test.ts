import { describe, expect, it } from 'vitest';
import { joinTargets } from '../../../main/agenda/join-target.js';

const prefs = (over: Partial<{ zoom: boolean; teams: boolean; googleAccount: string }> = {}) => ({
  openInApp: { zoom: over.zoom ?? false, teams: over.teams ?? false },
  googleAccount: over.googleAccount ?? '',
});

describe('join targets', () => {
  it('opens the https link by default', () => {
    expect(joinTargets({ service: 'zoom', serviceName: 'Zoom', url: 'https://us05web.zoom.us/j/64724852803?pwd=abc.1' }, prefs())).toEqual(['https://us05web.zoom.us/j/64724852803?pwd=abc.1']);
  });

  it('tries the Zoom app first (confno and pwd from the link), then the browser', () => {
    expect(joinTargets({ service: 'zoom', serviceName: 'Zoom', url: 'https://acme.zoom.us/j/64724852803?pwd=monX.1' }, prefs({ zoom: true }))).toEqual([
      'zoommtg://zoom.us/join?action=join&confno=64724852803&pwd=monX.1',
      'https://acme.zoom.us/j/64724852803?pwd=monX.1',
    ]);
  });

  it('tries the Teams app (msteams:) first when chosen', () => {
    const url = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';
    expect(joinTargets({ service: 'teams', serviceName: 'Microsoft Teams', url }, prefs({ teams: true }))).toEqual([
      'msteams:/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
      url,
    ]);
  });

  it('opens Google Meet with the chosen Google account', () => {
    expect(joinTargets({ service: 'google-meet', serviceName: 'Google Meet', url: 'https://meet.google.com/abc-defg-hij' }, prefs({ googleAccount: 'gina@example.com' }))).toEqual([
      'https://meet.google.com/abc-defg-hij?authuser=gina%40example.com',
    ]);
  });

  it('refuses non-https links', () => {
    for (const url of ['http://zoom.us/j/123456789', 'javascript:alert(1)', 'not a url']) {
      expect(() => joinTargets({ service: 'zoom', serviceName: 'Zoom', url }, prefs())).toThrow();
    }
  });
});
