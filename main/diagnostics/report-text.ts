import type { ApiError, Preferences } from '../../preload/contract.js';
import type { ConnectionDiagnostics, DiagnosticsInput } from './diagnostics-input.js';

/**
 * The plain-text report for a person (helpdesk e-mail or ticket): a header line, then one block per
 * connection, the settings that matter, the keychain and the agenda. `input` must already be redacted.
 */
export function formatTextReport(input: DiagnosticsInput): string {
  const { app, os } = input;
  const header =
    `${app.name} ${app.version} diagnostics — host: ${app.host}, environment: ${app.environmentLabel} (${app.environment}), ` +
    `OS: ${os.platform} ${os.release} ${os.arch}${app.platform === os.platform ? '' : ` (app platform ${app.platform})`}, generated ${input.generatedAt}`;
  const sections = [
    [header],
    ['Connections', ...input.connections.flatMap((connection, index) => [...(index > 0 ? [''] : []), ...connectionBlock(connection)])],
    ['Settings', ...settingsLines(input.settings)],
    ['Keychain', ...fields([['Backend', input.keychain.backend], ['Reachable', input.keychain.reachable ? 'yes' : `no — ${input.keychain.error ?? 'no reason given'}`]])],
    ['Agenda', ...agendaLines(input.agenda)],
    ...(input.adminMarkers
      ? [['Tenant markers', ...fields([['Last sync', input.adminMarkers.lastSuccessAt ?? 'never'], ['Last failure', input.adminMarkers.lastError ?? 'none']])]]
      : []),
  ];
  return `${sections.map((lines) => lines.map(oneLine).join('\n')).join('\n\n')}\n`;
}

function connectionBlock(connection: ConnectionDiagnostics): string[] {
  const account = connection.account;
  const rows: Array<[string, string]> = [
    ['Status', `${connection.status} — ${connection.statusText}`],
    ['Account', account ? `${account.displayName}${account.email ? ` <${account.email}>` : ''}${account.tenant ? `, tenant ${account.tenant}` : ''}` : 'none'],
  ];
  if (connection.active !== undefined) rows.push(['Active for new meetings', connection.active ? 'yes' : 'no']);
  rows.push(
    ['Connected since', connection.connectedSince ?? 'not connected'],
    ['Last success', connection.lastSuccessAt ?? 'never'],
    ['Access token expires', connection.accessTokenExpiresAt ?? 'no access token held'],
    ['Last error', connection.error ? errorText(connection.error) : 'none'],
  );
  if (connection.diagnosis) {
    const { kind, cause, remedy, actionLabel } = connection.diagnosis;
    rows.push(['Diagnosis', `${kind}: ${cause} Remedy: ${remedy} (button: ${actionLabel})`]);
  }
  return [`  ${connection.title} (${connection.id})`, ...fields(rows, '    ')];
}

function settingsLines(settings: DiagnosticsInput['settings']): string[] {
  const p = settings.preferences;
  return fields([
    ['Settings file', settings.load],
    ['Active video provider', settings.activeProvider ?? 'none'],
    ['Reminder', `${p.reminderMinutes} min before`],
    ['Agenda horizon', `${p.horizonDays} day${p.horizonDays === 1 ? '' : 's'}`],
    ['Invitations', invitations(p)],
    ['Open in desktop app', `Zoom ${yesNo(p.openInApp.zoom)}, Teams ${yesNo(p.openInApp.teams)}`],
    ['Google account for Meet', p.googleAccount || 'browser default'],
    ['Join shortcut', p.joinShortcut || 'none'],
    ['Meeting passcode saved', `Zoom ${yesNo(settings.passcodeSaved.zoom)}, Webex ${yesNo(settings.passcodeSaved.webex)}`],
    ['Unfinished video meeting operations', String(settings.unfinishedVideoOperations)],
  ]);
}

function agendaLines(agenda: DiagnosticsInput['agenda']): string[] {
  return fields([
    ['Status', agenda.status],
    ['Items', String(agenda.items)],
    ['Horizon', `${agenda.horizonDays} day${agenda.horizonDays === 1 ? '' : 's'}`],
    ['Last success', agenda.lastSuccessAt ?? 'never'],
    ['Last error', agenda.error ? errorText(agenda.error) : 'none'],
  ]);
}

function invitations(p: Preferences): string {
  return `tentative ${p.invitations.tentative}, not answered ${p.invitations.notAnswered}, declined ${p.invitations.declined}`;
}

function errorText(error: ApiError): string {
  return `${error.code}: ${error.message}${error.remedy ? ` Remedy: ${error.remedy}` : ''}`;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** `Label: value` rows with the values lined up. */
function fields(rows: Array<[string, string]>, indent = '  '): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${indent}${`${label}:`.padEnd(width)} ${value}`);
}

/** Control characters (e.g. a newline inside an error message) would let text pose as report lines. */
function oneLine(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}
