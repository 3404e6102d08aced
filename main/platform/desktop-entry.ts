/** Writing freedesktop.org Desktop Entry files (Desktop Entry Specification 1.5): values and the Exec line. */

/** Characters that force an Exec argument into double quotes. */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** A string value as the file stores it: backslash, newline, tab and carriage return escaped. */
export function escapeValue(value: string): string {
  return value.replace(/[\\\n\t\r]/g, (character) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[character]!);
}

/**
 * One Exec argument: quoted when it holds a reserved character (with ", `, $ and \ escaped inside the
 * quotes), and % doubled so it is never read as a field code. The result still needs escapeValue.
 */
export function quoteExecArgument(argument: string): string {
  if (argument === '') return '""';
  const literal = argument.replace(/%/g, '%%');
  return RESERVED.test(literal) ? `"${literal.replace(/["`$\\]/g, (character) => `\\${character}`)}"` : literal;
}

/** The Exec value (as stored in the file) that runs `command` (program first, then its arguments). */
export function execLine(command: readonly string[]): string {
  if (command.length === 0) throw new Error('execLine: no program');
  return escapeValue(command.map(quoteExecArgument).join(' '));
}

/** The text of a [Desktop Entry] group with the given keys in order; values are escaped here. */
export function desktopEntryText(keys: ReadonlyArray<readonly [key: string, value: string]>): string {
  return `[Desktop Entry]\n${keys.map(([key, value]) => `${key}=${key === 'Exec' ? value : escapeValue(value)}`).join('\n')}\n`;
}
