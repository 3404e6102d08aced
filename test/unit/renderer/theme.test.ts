// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { tokens } from '../../../renderer/styles/tokens.js';
import { DEFAULT_PREFERENCES, MemoryTrayApi, superOfficeView } from './support/memory-tray-api.js';
import { mountApp, settle } from './support/dom.js';

afterEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset.theme;
});

const theme = () => document.documentElement.dataset.theme;

describe('the theme', () => {
  it('is put on <html> from the preferences, and follows them as they change', async () => {
    const api = new MemoryTrayApi([superOfficeView('connected')]);
    api.preferences = { ...DEFAULT_PREFERENCES, theme: 'dark' };
    const app = await mountApp(api);
    expect(theme()).toBe('dark');

    api.emitPreferences({ ...DEFAULT_PREFERENCES, theme: 'light' });
    await settle(app);
    expect(theme()).toBe('light');

    api.emitPreferences({ ...DEFAULT_PREFERENCES, theme: 'system' });
    await settle(app);
    expect(theme()).toBe('system');
  });

  it('follows the system until the preferences have loaded, and when they cannot be loaded', async () => {
    const api = new MemoryTrayApi();
    api.failNext('getPreferences', { code: 'internal', message: 'Not ready.' });
    api.failNext('getPreferences', { code: 'internal', message: 'Not ready.' });
    await mountApp(api);
    expect(theme()).toBe('system');
  });
});

describe('the tokens', () => {
  const text = tokens.cssText;

  it('map the theme to color-scheme: the system’s by default, or the one chosen', () => {
    expect(text).toMatch(/:root\s*\{\s*color-scheme:\s*light dark;\s*\}/);
    expect(text).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;\s*\}/);
    expect(text).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;\s*\}/);
  });

  it('give every colour a light and a dark value in one list, with no second list behind a media query', () => {
    expect(text).not.toContain('prefers-color-scheme');
    const colours = [...text.matchAll(/(--vmt-[\w-]+):\s*([^;]+);/g)].filter(([, , value]) => /#|rgb\(/.test(value ?? ''));
    expect(colours.length).toBeGreaterThan(20);
    for (const [, name, value] of colours) expect(`${name}: ${value}`).toContain('light-dark(');
  });

  it('do not set color-scheme on the components, so they inherit the page’s', () => {
    const hostRules = [...text.matchAll(/:host\s*\{([^}]*)\}/g)].map((match) => match[1] ?? '');
    for (const rule of hostRules) expect(rule).not.toContain('color-scheme');
  });
});
