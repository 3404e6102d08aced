import { css } from 'lit';

/** Styles for the document itself (adopted by main.ts; no <style> element, so the CSP holds). */
export const pageStyles = css`
  html,
  body {
    margin: 0;
    min-height: 100%;
    background: var(--vmt-bg);
    color: var(--vmt-text);
    font-family: var(--vmt-font);
    font-size: var(--vmt-font-size);
    line-height: var(--vmt-line-height);
  }
  vmt-app {
    display: block;
    min-height: 100vh;
  }
  .missing-api {
    box-sizing: border-box;
    max-width: 420px;
    margin: 0 auto;
    padding: var(--vmt-space-5);
  }
  .missing-api h1 {
    margin: 0 0 var(--vmt-space-2);
    font-size: var(--vmt-font-size-title);
  }
  .missing-api p {
    margin: 0;
    color: var(--vmt-text-muted);
  }
  .missing-api code {
    font-family: ui-monospace, 'SF Mono', Consolas, 'Liberation Mono', monospace;
    color: var(--vmt-text);
  }
`;
