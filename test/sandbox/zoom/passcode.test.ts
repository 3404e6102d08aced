import { beforeAll, describe, expect, it } from 'vitest';
import type { PasscodeRequirement } from '../../../main/sandbox/zoom/index.js';
import { defaultSwitchValues, useZoomSandbox } from './support/setup.js';
import { apiCall, createMeeting, signInForTokens } from './support/zoom-client.js';

const fixture = useZoomSandbox();
let token = '';

beforeAll(async () => {
  token = (await signInForTokens(fixture.zoom)).access_token;
});

const INVALID = { code: 300, message: 'Invalid password.' };

function requirement(overrides: Partial<PasscodeRequirement>): PasscodeRequirement {
  return { ...defaultSwitchValues().passcodeRequirement, ...overrides };
}

async function statusFor(password: string): Promise<number> {
  const response = await createMeeting(fixture.zoom, token, { topic: 'p', duration: 30, password });
  if (response.status === 400) expect(response.json).toEqual(INVALID);
  return response.status;
}

describe('meeting passcodes', () => {
  it('enforces the base rule: at most 10 characters from [A-Za-z0-9@-_*]', async () => {
    expect(await statusFor('Ab1@-_*xyZ')).toBe(201);
    expect(await statusFor('123456')).toBe(201);
    for (const bad of ['Ab1@-_*xyZ9', 'pass word', 'abc!12', 'pässwd', 'a#b']) expect(await statusFor(bad), bad).toBe(400);
  });

  it('enforces the account policy: length, letter, number, special character and no consecutive runs', async () => {
    const { zoom } = fixture;
    zoom.switches.passcodeRequirement = requirement({ length: 8, have_letter: true, have_number: true, have_special_character: true, consecutive_characters_length: 4 });
    const before = zoom.meetings().length;
    for (const bad of ['123456', 'Zq7@kx9', 'Zqwkxz@P', 'Zq7kx9Pm', 'Zq7@1234', 'Zq7@aaaa', 'Zq7@dcba', 'Zq7@ABCD']) expect(await statusFor(bad), bad).toBe(400);
    expect(zoom.meetings().length).toBe(before);
    expect(await statusFor('Zq7@kx9P')).toBe(201);
    expect(await statusFor('Zq7@123x')).toBe(201);
  });

  it('enforces upper and lower case, numbers only and weak-passcode detection', async () => {
    const { zoom } = fixture;
    zoom.switches.passcodeRequirement = requirement({ have_upper_and_lower_characters: true });
    expect(await statusFor('k9@lm2')).toBe(400);
    expect(await statusFor('k9@Lm2')).toBe(201);
    zoom.switches.passcodeRequirement = requirement({ only_allow_numeric: true });
    expect(await statusFor('k9@Lm2')).toBe(400);
    expect(await statusFor('730519')).toBe(201);
    zoom.switches.passcodeRequirement = requirement({ weak_enhance_detection: true });
    for (const weak of ['123456', 'password', '777777']) expect(await statusFor(weak), weak).toBe(400);
    expect(await statusFor('730519')).toBe(201);
  });

  it('generates a compliant passcode when the requirement is locked and none is sent', async () => {
    const { zoom } = fixture;
    zoom.switches.passcodeLocked = true;
    zoom.switches.passcodeRequirement = requirement({ length: 8, have_letter: true, have_number: true, have_special_character: true, consecutive_characters_length: 3 });
    for (let i = 0; i < 10; i++) {
      const response = await createMeeting(zoom, token, { topic: 'locked', duration: 30 });
      expect(response.status).toBe(201);
      const password = String(response.json.password);
      expect(password).toMatch(/^[A-Za-z0-9@\-_*]{8,10}$/);
      expect(password).toMatch(/[A-Za-z]/);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(/[@\-_*]/);
      expect(response.json.join_url).toBe(`https://us05web.zoom.us/j/${response.json.id}?pwd=${response.json.encrypted_password}`);
      expect(response.json.settings).toMatchObject({ waiting_room: false });
    }
    const settings = await apiCall(zoom, '/users/me/settings', { token });
    expect(settings.json).toMatchObject({ schedule_meeting: { require_password_for_scheduling_new_meetings: true } });
  });

  it('generates digits only under only_allow_numeric', async () => {
    const { zoom } = fixture;
    zoom.switches.passcodeLocked = true;
    zoom.switches.passcodeRequirement = requirement({ only_allow_numeric: true, consecutive_characters_length: 3, weak_enhance_detection: true });
    const response = await createMeeting(zoom, token, { topic: 'numeric', duration: 30 });
    expect(String(response.json.password)).toMatch(/^\d{6}$/);
    expect(response.json.h323_password).toBe(response.json.password);
  });

  it('still checks a passcode the app sends while the requirement is locked', async () => {
    const { zoom } = fixture;
    zoom.switches.passcodeLocked = true;
    zoom.switches.passcodeRequirement = requirement({ length: 8 });
    expect(await statusFor('short1')).toBe(400);
  });
});
