import { describe, expect, it } from 'vitest';
import { dispatchCall, type ApiHandlers } from '../../../main/api/dispatch.js';
import { appError } from '../../../main/core/app-error.js';
import { API_CALL_NAMES, type ConnectionView, type WizardView } from '../../../preload/contract.js';
import { ARG_SCHEMAS } from '../../../main/api/arg-schemas.js';
import { DEFAULT_PREFERENCES } from '../../../main/settings/preferences-schema.js';
import { MemoryLogger } from '../../support/memory-logger.js';

const view: ConnectionView = { id: 'superoffice', kind: 'crm', title: 'SuperOffice CRM Online', status: 'disconnected', statusText: 'Not connected', nextAction: 'connect' };
const wizard: WizardView = { id: 'zoom', title: 'Remove Zoom', status: 'not-started', current: 1, steps: [] };
const calls: string[] = [];
const handlers: ApiHandlers = {
  getAppInfo: () => ({ name: 'x', version: '1', host: 'browser', environment: 'sandbox', environmentLabel: 'Sandbox', platform: 'linux', systemLocale: 'en-US', launchAtLoginSupported: false }),
  listConnections: () => [view],
  connect: (id) => {
    calls.push(`connect:${id}`);
    throw appError('access_denied');
  },
  cancelConnect: () => view,
  disconnect: () => {
    throw new Error('boom with a secret token eyJa.eyJb.c');
  },
  setActiveProvider: () => [view],
  generatePasscode: () => 'abc',
  savePasscode: () => view,
  createTestMeeting: (id) => ({ provider: id, title: 't', joinUrl: 'https://x', meetingId: '1', start: '2026-01-01T00:00:00Z' }),
  getAgenda: () => ({ status: 'signed-out', items: [], horizonDays: 2 }),
  refreshAgenda: () => ({ status: 'signed-out', items: [], horizonDays: 2 }),
  joinMeeting: () => ({ opened: { service: 'zoom', serviceName: 'Zoom', url: 'https://zoom.us/j/123456789' } }),
  getPreferences: () => DEFAULT_PREFERENCES,
  setPreferences: () => DEFAULT_PREFERENCES,
  addVideoMeeting: () => ({ provider: 'jitsi', title: 'Standup', joinUrl: 'https://meet.jit.si/VideoMeetingsTray-abc', meetingId: 'VideoMeetingsTray-abc', start: '2026-11-23T09:00:00.000Z' }),
  removeVideoMeeting: () => ({ status: 'signed-out', items: [], horizonDays: 2 }),
  meetingText: () => 'https://meet.jit.si/VideoMeetingsTray-abc',
  repairConnection: () => view,
  openProviderPage: () => ({ opened: true }),
  getRemovalWizard: () => wizard,
  removalWizardAction: () => wizard,
  removalWizardText: () => 'Step 1 of 4: Disconnect in the app',
  getDiagnostics: () => 'Video Meetings Tray 0.1.0',
  listUserConfigurations: () => ({ items: [], unreadable: 0 }),
  removeUserConfigurations: () => [],
};

describe('dispatch', () => {
  it('has one argument guard per contract call', () => {
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual([...API_CALL_NAMES].sort());
  });

  it('returns ok results', async () => {
    expect(await dispatchCall(handlers, new MemoryLogger(), 'listConnections', [])).toEqual({ ok: true, value: [view] });
  });

  it.each([
    ['__proto__', []],
    ['constructor', []],
    ['toString', []],
    ['connectEverything', []],
    [42, []],
    [null, []],
  ])('refuses the unknown call %s', async (name, args) => {
    const result = await dispatchCall(handlers, new MemoryLogger(), name, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it.each([
    ['connect', ['skype']],
    ['savePasscode', ['google', 'abc']],
    ['savePasscode', ['zoom', 42]],
    ['setActiveProvider', ['superoffice']],
    ['joinMeeting', []],
    ['joinMeeting', ['k', -1]],
    ['joinMeeting', ['k', 1.5]],
    ['joinMeeting', ['x'.repeat(500)]],
    ['setPreferences', ['reminderMinutes']],
    ['setPreferences', [null]],
    ['addVideoMeeting', []],
    ['addVideoMeeting', [42]],
    ['removeVideoMeeting', ['x'.repeat(500)]],
    ['meetingText', ['k']],
    ['meetingText', ['k', 'calendar']],
    ['repairConnection', ['outlook']],
    ['openProviderPage', ['https://evil.example']],
    ['removalWizardAction', ['zoom', 'delete-everything']],
    ['getDiagnostics', ['all']],
    ['removeUserConfigurations', [[]]],
    ['removeUserConfigurations', [[{ associateId: 5, installationId: 'not-a-uuid', provider: 'zoom' }]]],
    ['removeUserConfigurations', [[{ associateId: -1, installationId: '0b4a3c1e-1111-4222-8333-944455556666', provider: 'zoom' }]]],
    ['removeUserConfigurations', [[{ associateId: 5, installationId: '0b4a3c1e-1111-4222-8333-944455556666', provider: 'zoom', extra: 1 }]]],
    ['connect', []],
    ['connect', ['superoffice', 'extra']],
    ['connect', 'superoffice'],
    ['connect', [{ toString: () => 'superoffice' }]],
    ['getAppInfo', [1]],
  ])('refuses bad arguments to %s', async (name, args) => {
    calls.length = 0;
    const result = await dispatchCall(handlers, new MemoryLogger(), name, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(calls).toEqual([]);
  });

  it('turns an AppError into its code, message and remedy', async () => {
    const result = await dispatchCall(handlers, new MemoryLogger(), 'connect', ['superoffice']);
    expect(result).toEqual({ ok: false, error: { code: 'access_denied', message: expect.any(String), remedy: expect.any(String) } });
  });

  it('turns an unexpected exception into a safe internal error without its text', async () => {
    const logger = new MemoryLogger();
    const result = await dispatchCall(handlers, logger, 'disconnect', ['superoffice']);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('eyJ');
    expect(JSON.stringify(logger.entries)).not.toContain('eyJa.eyJb');
  });
});
