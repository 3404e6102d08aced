import { css } from 'lit';

/**
 * Design tokens as custom properties (light and dark), the system font, focus outlines and motion.
 * Matches `:root` too, so the page itself can adopt it (see main.ts).
 */
export const tokens = css`
  :root,
  :host {
    color-scheme: light dark;
    --vmt-font: system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI Variable Text', 'Segoe UI', Ubuntu,
      Cantarell, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
    --vmt-font-size: 13px;
    --vmt-font-size-small: 12px;
    --vmt-font-size-title: 15px;
    --vmt-line-height: 1.45;

    --vmt-bg: #f3f3f6;
    --vmt-surface: #ffffff;
    --vmt-surface-raised: #fafafc;
    --vmt-text: #1c1c21;
    --vmt-text-muted: #5b5b66;
    --vmt-border: rgb(0 0 0 / 0.09);
    --vmt-divider: rgb(0 0 0 / 0.07);
    --vmt-shadow: 0 1px 2px rgb(0 0 0 / 0.05), 0 2px 8px rgb(0 0 0 / 0.06);

    --vmt-accent: #0b63ce;
    --vmt-accent-hover: #0a57b5;
    --vmt-accent-text: #ffffff;
    --vmt-button-bg: #ffffff;
    --vmt-button-hover: #f0f0f4;
    --vmt-button-border: rgb(0 0 0 / 0.16);
    --vmt-focus: #0b63ce;

    --vmt-status-connected: #1e9e53;
    --vmt-status-connecting: #e59a00;
    --vmt-status-error: #d83b2f;
    --vmt-status-idle: #9a9aa3;

    --vmt-alert-bg: #fdeeed;
    --vmt-alert-border: #f2c2bd;
    --vmt-alert-text: #8e1f16;

    --vmt-sandbox-bg: #ffe9a8;
    --vmt-sandbox-border: #e5b93a;
    --vmt-sandbox-text: #5c3d00;
    --vmt-env-bg: rgb(11 99 206 / 0.1);
    --vmt-env-text: #0b4fa3;

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

  @media (prefers-color-scheme: dark) {
    :root,
    :host {
      --vmt-bg: #1b1b1f;
      --vmt-surface: #26262b;
      --vmt-surface-raised: #2d2d33;
      --vmt-text: #f2f2f5;
      --vmt-text-muted: #a9a9b3;
      --vmt-border: rgb(255 255 255 / 0.09);
      --vmt-divider: rgb(255 255 255 / 0.07);
      --vmt-shadow: 0 1px 2px rgb(0 0 0 / 0.4), 0 2px 10px rgb(0 0 0 / 0.25);

      --vmt-accent: #3d8bfd;
      --vmt-accent-hover: #5a9cff;
      --vmt-accent-text: #0b1220;
      --vmt-button-bg: #303036;
      --vmt-button-hover: #393940;
      --vmt-button-border: rgb(255 255 255 / 0.14);
      --vmt-focus: #6aa6ff;

      --vmt-status-connected: #34c46f;
      --vmt-status-connecting: #f2b233;
      --vmt-status-error: #ff6b5e;
      --vmt-status-idle: #7d7d87;

      --vmt-alert-bg: #3a2121;
      --vmt-alert-border: #6b2f2a;
      --vmt-alert-text: #ffc9c3;

      --vmt-sandbox-bg: #4a3a10;
      --vmt-sandbox-border: #8a6a1c;
      --vmt-sandbox-text: #ffe3a1;
      --vmt-env-bg: rgb(61 139 253 / 0.16);
      --vmt-env-text: #a9ccff;
    }
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
