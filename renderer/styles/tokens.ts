import { css } from 'lit';

/**
 * Design tokens as custom properties, the system font, focus outlines and motion. Matches `:root` too, so the page
 * itself can adopt it (see main.ts). Each colour is `light-dark(light, dark)`: which one applies follows the used
 * `color-scheme`, set once on <html> (inherited into every shadow root): the system's by default, or the theme the
 * user chose (`data-theme="light"` / `"dark"`, set by ThemeController).
 */
export const tokens = css`
  :root {
    color-scheme: light dark;
  }
  :root[data-theme='light'] {
    color-scheme: light;
  }
  :root[data-theme='dark'] {
    color-scheme: dark;
  }

  :root,
  :host {
    --vmt-font: system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI Variable Text', 'Segoe UI', Ubuntu,
      Cantarell, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
    --vmt-font-size: 13px;
    --vmt-font-size-small: 12px;
    --vmt-font-size-title: 15px;
    --vmt-line-height: 1.45;

    --vmt-bg: light-dark(#f3f3f6, #1b1b1f);
    --vmt-surface: light-dark(#ffffff, #26262b);
    --vmt-surface-raised: light-dark(#fafafc, #2d2d33);
    --vmt-text: light-dark(#1c1c21, #f2f2f5);
    --vmt-text-muted: light-dark(#5b5b66, #a9a9b3);
    --vmt-border: light-dark(rgb(0 0 0 / 0.09), rgb(255 255 255 / 0.09));
    --vmt-divider: light-dark(rgb(0 0 0 / 0.07), rgb(255 255 255 / 0.07));
    --vmt-shadow: 0 1px 2px light-dark(rgb(0 0 0 / 0.05), rgb(0 0 0 / 0.4)),
      0 2px 8px light-dark(rgb(0 0 0 / 0.06), rgb(0 0 0 / 0.25));

    --vmt-accent: light-dark(#0b63ce, #3d8bfd);
    --vmt-accent-hover: light-dark(#0a57b5, #5a9cff);
    --vmt-accent-text: light-dark(#ffffff, #0b1220);
    --vmt-button-bg: light-dark(#ffffff, #303036);
    --vmt-button-hover: light-dark(#f0f0f4, #393940);
    --vmt-button-border: light-dark(rgb(0 0 0 / 0.16), rgb(255 255 255 / 0.14));
    --vmt-focus: light-dark(#0b63ce, #6aa6ff);

    --vmt-status-connected: light-dark(#1e9e53, #34c46f);
    --vmt-status-connecting: light-dark(#e59a00, #f2b233);
    --vmt-status-error: light-dark(#d83b2f, #ff6b5e);
    --vmt-status-idle: light-dark(#9a9aa3, #7d7d87);

    --vmt-alert-bg: light-dark(#fdeeed, #3a2121);
    --vmt-alert-border: light-dark(#f2c2bd, #6b2f2a);
    --vmt-alert-text: light-dark(#8e1f16, #ffc9c3);

    --vmt-sandbox-bg: light-dark(#ffe9a8, #4a3a10);
    --vmt-sandbox-border: light-dark(#e5b93a, #8a6a1c);
    --vmt-sandbox-text: light-dark(#5c3d00, #ffe3a1);
    --vmt-env-bg: light-dark(rgb(11 99 206 / 0.1), rgb(61 139 253 / 0.16));
    --vmt-env-text: light-dark(#0b4fa3, #a9ccff);

    --vmt-radius: 12px;
    --vmt-radius-control: 7px;
    --vmt-space-1: 4px;
    --vmt-space-2: 8px;
    --vmt-space-3: 12px;
    --vmt-space-4: 16px;
    --vmt-space-5: 20px;

    --vmt-duration: 140ms;
    --vmt-pulse-duration: 1.4s;
  }

  @media (prefers-reduced-motion: reduce) {
    :root,
    :host {
      --vmt-duration: 0ms;
    }
  }

  :host {
    font-family: var(--vmt-font);
    font-size: var(--vmt-font-size);
    line-height: var(--vmt-line-height);
    color: var(--vmt-text);
    -webkit-font-smoothing: antialiased;
  }

  :focus-visible {
    outline: 2px solid var(--vmt-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Buttons: `.button` plus `.primary` (filled) or nothing (quiet); `aria-disabled="true"` looks disabled but keeps focus. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font: inherit;
    font-weight: 550;
    min-height: 28px;
    padding: 4px 14px;
    border-radius: var(--vmt-radius-control);
    border: 1px solid var(--vmt-button-border);
    background: var(--vmt-button-bg);
    color: var(--vmt-text);
    cursor: pointer;
    transition:
      background-color var(--vmt-duration) ease,
      border-color var(--vmt-duration) ease,
      opacity var(--vmt-duration) ease;
  }
  .button:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--vmt-button-hover);
  }
  .button.primary {
    background: var(--vmt-accent);
    border-color: transparent;
    color: var(--vmt-accent-text);
  }
  .button.primary:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--vmt-accent-hover);
  }
  /* aria-disabled: busy but still focusable, so the keyboard focus stays put while a call runs. */
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.55;
  }
`;

/** Inline error region: message in bold, remedy below. */
export const alerts = css`
  .alert {
    margin: 0;
    padding: var(--vmt-space-2) var(--vmt-space-3);
    border-radius: var(--vmt-radius-control);
    border: 1px solid var(--vmt-alert-border);
    background: var(--vmt-alert-bg);
    color: var(--vmt-alert-text);
    font-size: var(--vmt-font-size-small);
  }
  .alert-message {
    display: block;
    font-weight: 600;
  }
  .alert-remedy {
    display: block;
    margin-top: 2px;
  }
`;
