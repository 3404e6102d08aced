/**
 * Entry point: reads the host's API once (the Electron preload or the browser bridge put it on window)
 * and hands it to <vmt-app>, which provides it to every component. Components never look at window.
 */
import { render } from 'lit';
import { API_KEY, type TrayApi } from '../preload/contract.js';
import { isTrayApi } from './api/is-tray-api.js';
import { missingApiTemplate } from './components/missing-api.js';
import './components/vmt-app.js';
import { pageStyles } from './styles/page.js';
import { tokens } from './styles/tokens.js';

declare global {
  interface Window {
    [API_KEY]?: TrayApi;
  }
}

const sheets = [tokens.styleSheet, pageStyles.styleSheet].filter((sheet): sheet is CSSStyleSheet => !!sheet);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];

const api: unknown = window[API_KEY];
const app = document.querySelector('vmt-app') ?? document.body.appendChild(document.createElement('vmt-app'));

if (isTrayApi(api)) {
  app.api = api;
} else {
  app.remove();
  render(missingApiTemplate(), document.body);
}
