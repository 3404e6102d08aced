import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { UserConfiguration } from '../../preload/contract.js';
import { configurationKey } from '../api/configuration-ref.js';
import { providerTitle } from '../format/provider-title.js';
import { formatDateTime, parseTimestamp } from '../format/time.js';

/** What the table's checkboxes do; the Manage users view owns the selection. */
export interface UserTableControls {
  /** Keys (configurationKey) of the selected rows. */
  selected: ReadonlySet<string>;
  /** A call is running: the checkboxes wait. */
  busy: boolean;
  toggle: (item: UserConfiguration, selected: boolean) => void;
}

/** Styles of userTableTemplate. */
export const userTableStyles = css`
  .table-scroll {
    overflow-x: auto;
    border: 1px solid var(--vmt-border);
    border-radius: var(--vmt-radius-control);
    background: var(--vmt-surface);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--vmt-font-size-small);
  }
  caption {
    padding: var(--vmt-space-2) var(--vmt-space-3);
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: var(--vmt-space-1) var(--vmt-space-2);
    border-top: 1px solid var(--vmt-divider);
    text-align: start;
    vertical-align: top;
    white-space: nowrap;
  }
  thead th {
    font-weight: 600;
    color: var(--vmt-text-muted);
    background: var(--vmt-surface-raised);
  }
  tbody th {
    font-weight: 550;
  }
  td.select,
  th.select {
    width: 1.5em;
    text-align: center;
  }
  tr[data-requested] {
    color: var(--vmt-text-muted);
  }
  tr[data-selected] {
    background: rgb(11 99 206 / 0.08);
  }
  input[type='checkbox'] {
    margin: 0;
  }
`;

/**
 * The Manage users table: a caption, column headers, and one row per configuration with a checkbox to select it
 * (disabled once its removal is requested). The name is each row's header, so a screen reader says whose row it is.
 */
export function userTableTemplate(items: readonly UserConfiguration[], controls: UserTableControls): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-labelledby="users-caption" tabindex="0">
    <table>
      <caption id="users-caption">${msg('Users’ video-meeting configurations')}</caption>
      <thead>
        <tr>
          <th scope="col" class="select">${msg('Select')}</th>
          <th scope="col">${msg('Associate ID')}</th>
          <th scope="col">${msg('Name')}</th>
          <th scope="col">${msg('Provider')}</th>
          <th scope="col">${msg('Account')}</th>
          <th scope="col">${msg('Device')}</th>
          <th scope="col">${msg('Connected since')}</th>
          <th scope="col">${msg('App version')}</th>
          <th scope="col">${msg('Status')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(items, configurationKey, (item) => rowTemplate(item, controls))}
      </tbody>
    </table>
  </div>`;
}

function rowTemplate(item: UserConfiguration, controls: UserTableControls): TemplateResult {
  const key = configurationKey(item);
  const selected = controls.selected.has(key);
  const provider = providerTitle(item.provider);
  const label = msg(str`Select ${item.userName} (${item.associateId}), ${provider} on ${item.deviceName}`);
  return html`<tr data-key=${key} ?data-requested=${item.removalRequested} ?data-selected=${selected}>
    <td class="select">
      <input
        type="checkbox"
        aria-label=${label}
        title=${item.removalRequested ? msg('Removal already requested') : label}
        .checked=${live(selected)}
        ?disabled=${item.removalRequested || controls.busy}
        @change=${(event: Event) => controls.toggle(item, (event.target as HTMLInputElement).checked)}
      />
    </td>
    <td class="associate-id">${item.associateId}</td>
    <th scope="row" class="name"><bdi>${item.userName}</bdi></th>
    <td class="provider">${provider}</td>
    <td class="account"><bdi>${item.account}</bdi></td>
    <td class="device"><bdi>${item.deviceName}</bdi></td>
    <td class="since">${sinceTemplate(item.connectedSince)}</td>
    <td class="version"><bdi>${item.appVersion}</bdi></td>
    <td class="status">${item.removalRequested ? msg('Removal requested') : msg('Configured')}</td>
  </tr>`;
}

function sinceTemplate(iso: string): TemplateResult {
  const date = parseTimestamp(iso);
  return date ? html`<time datetime=${iso}>${formatDateTime(date)}</time>` : html`<bdi>${iso}</bdi>`;
}
