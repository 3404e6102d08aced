import type { WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installWebSecurity } from '../../../main/electron/web-security.js';

type PermissionRequest = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (webContents: unknown, permission: string) => boolean;

class FakeSession {
  request: PermissionRequest | null = null;
  check: PermissionCheck | null = null;
  setPermissionRequestHandler = (handler: PermissionRequest) => void (this.request = handler);
  setPermissionCheckHandler = (handler: PermissionCheck) => void (this.check = handler);
}

const fake = vi.hoisted(() => ({ app: null as null | import('node:events').EventEmitter, defaultSession: null as null | FakeSession }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fake.app = new Emitter();
  const session = {
    get defaultSession() {
      return fake.defaultSession;
    },
  };
  return { app: fake.app, session, default: { app: fake.app, session } };
});

class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

/** An Electron-style event object for navigation events. */
function navigationEvent(url: string) {
  return { url, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

function setup() {
  fake.defaultSession = new FakeSession();
  fake.app!.removeAllListeners();
  const log = vi.fn();
  installWebSecurity({ log });
  const contents = new FakeWebContents();
  fake.app!.emit('web-contents-created', {}, contents as unknown as WebContents);
  return { contents, log };
}

describe('web security', () => {
  beforeEach(() => vi.clearAllMocks());

  it('denies window.open for every URL', () => {
    const { contents } = setup();
    for (const url of ['https://evil.example/', 'app://bundle/index.html', 'javascript:alert(1)']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks foreign targets, allows the app origin', (name) => {
    const { contents } = setup();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://127.0.0.1:3000/', 'not a url']) {
      const event = navigationEvent(url);
      contents.emit(name, event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const own = navigationEvent('app://bundle/index.html#connections');
    contents.emit(name, own, own.url);
    expect(own.defaultPrevented).toBe(false);
  });

  it('prevents attaching webviews', () => {
    const { contents } = setup();
    const event = navigationEvent('app://bundle/');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check, on the default and the window sessions', () => {
    const { contents } = setup();
    for (const session of [fake.defaultSession!, contents.session]) {
      for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
        const callback = vi.fn();
        session.request!(contents, permission, callback);
        expect(callback).toHaveBeenCalledWith(false);
        expect(session.check!(contents, permission)).toBe(false);
      }
    }
  });

  it('refuses certificate errors', () => {
    setup();
    const event = navigationEvent('https://self-signed.example/');
    const callback = vi.fn();
    fake.app!.emit('certificate-error', event, {}, event.url, 'net::ERR_CERT_AUTHORITY_INVALID', {}, callback);
    expect(event.defaultPrevented).toBe(true);
    expect(callback).toHaveBeenCalledWith(false);
  });
});
