import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeValue, execLine, quoteExecArgument } from '../../../main/platform/desktop-entry.js';
import { autostartDirectory, MANAGED_KEY, XdgAutostart } from '../../../main/platform/xdg-autostart.js';

/** Reads an Exec value back as the spec says a launcher does: unescape the string, split, unquote, undouble %. */
function parseExec(stored: string): string[] {
  const value = stored.replace(/\\([\\nts r])/g, (_, c: string) => ({ '\\': '\\', n: '\n', t: '\t', s: ' ', r: '\r' })[c]!);
  const args: string[] = [];
  let current: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === ' ' && current !== null) {
      args.push(current);
      current = null;
    } else if (c === ' ') continue;
    else if (c === '"') {
      current ??= '';
      for (i++; value[i] !== '"'; i++) {
        if (i >= value.length) throw new Error('unterminated quote');
        if (value[i] === '\\' && '"`$\\'.includes(value[i + 1]!)) i++;
        current += value[i];
      }
    } else current = (current ?? '') + c;
  }
  if (current !== null) args.push(current);
  return args.map((arg) => arg.replace(/%%/g, '%'));
}

const keys = (text: string) => Object.fromEntries(text.trim().split('\n').slice(1).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));

describe('desktop entry values', () => {
  it('leaves plain arguments alone and quotes those with reserved characters', () => {
    expect(quoteExecArgument('/usr/bin/vmt')).toBe('/usr/bin/vmt');
    expect(quoteExecArgument('/opt/Video Meetings Tray/video-meetings-tray')).toBe('"/opt/Video Meetings Tray/video-meetings-tray"');
    expect(quoteExecArgument('a"b$c`d\\e')).toBe('"a\\"b\\$c\\`d\\\\e"');
    expect(quoteExecArgument('100%')).toBe('100%%');
    expect(quoteExecArgument('')).toBe('""');
  });

  it('escapes backslashes again as a string value (a backslash inside quotes is four in the file)', () => {
    expect(execLine(['/tmp/a\\b'])).toBe('"/tmp/a\\\\\\\\b"');
    expect(escapeValue('line\nbreak')).toBe('line\\nbreak');
    expect(() => execLine([])).toThrow(/no program/);
  });

  it('any command reads back as the same arguments (property)', () => {
    const argument = fc.string({ unit: fc.constantFrom('a', 'Z', '/', ' ', '"', "'", '\\', '$', '`', '%', '~', '#', '\n', '\t', 'é', ';', '(', '*') });
    fc.assert(
      fc.property(fc.array(argument, { minLength: 1, maxLength: 4 }), (command) => {
        expect(parseExec(execLine(command))).toEqual(command);
      }),
    );
  });
});

describe('XDG autostart entry', () => {
  let home: string;
  const make = (command: readonly string[] = ['/opt/Video Meetings Tray/video-meetings-tray']) =>
    new XdgAutostart({
      directory: join(home, '.config', 'autostart'),
      fileName: 'video-meetings-tray.desktop',
      name: 'Video Meetings Tray',
      comment: 'SuperOffice video meetings from the system tray',
      icon: 'video-meetings-tray',
      command,
    });

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'vmt-autostart-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('lives in ~/.config/autostart, or under an absolute XDG_CONFIG_HOME (a relative one is ignored)', () => {
    expect(autostartDirectory({}, '/home/ann')).toBe(join('/home/ann', '.config', 'autostart'));
    expect(autostartDirectory({ XDG_CONFIG_HOME: '/srv/cfg' }, '/home/ann')).toBe(join('/srv/cfg', 'autostart'));
    expect(autostartDirectory({ XDG_CONFIG_HOME: 'cfg' }, '/home/ann')).toBe(join('/home/ann', '.config', 'autostart'));
    expect(autostartDirectory({ XDG_CONFIG_HOME: '' }, '/home/ann')).toBe(join('/home/ann', '.config', 'autostart'));
  });

  it('enabling creates the folder and a valid entry that runs the app; disabling deletes it', () => {
    const item = make();
    expect(item.isEnabled()).toBe(false);
    item.apply(true);
    expect(item.isEnabled()).toBe(true);
    const text = readFileSync(item.path, 'utf8');
    expect(text.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(keys(text)).toMatchObject({ Type: 'Application', Name: 'Video Meetings Tray', Terminal: 'false', 'X-GNOME-Autostart-enabled': 'true', [MANAGED_KEY]: 'true' });
    expect(parseExec(keys(text).Exec!)).toEqual(['/opt/Video Meetings Tray/video-meetings-tray']);
    expect(statSync(item.path).mode & 0o777).toBe(0o644);
    item.apply(false);
    expect(existsSync(item.path)).toBe(false);
    expect(item.isEnabled()).toBe(false);
    item.apply(false); // nothing there: still fine
  });

  it('rewrites the entry when the command changed (an AppImage moved) and leaves it untouched when not', () => {
    make(['/home/ann/Apps/vmt-0.1.0.AppImage']).apply(true);
    const moved = make(['/home/ann/Apps/vmt-0.2.0.AppImage']);
    const first = statSync(moved.path).ino;
    moved.apply(true);
    expect(parseExec(keys(readFileSync(moved.path, 'utf8')).Exec!)).toEqual(['/home/ann/Apps/vmt-0.2.0.AppImage']);
    // Written atomically (a new file renamed over the old one); the same content again is not written at all.
    const second = statSync(moved.path).ino;
    expect(second).not.toBe(first);
    moved.apply(true);
    expect(statSync(moved.path).ino).toBe(second);
  });

  it("never overwrites or deletes a file of the same name it did not write, and says so", () => {
    const item = make();
    mkdirSync(join(home, '.config', 'autostart'), { recursive: true });
    const mine = '[Desktop Entry]\nType=Application\nName=My own launcher\nExec=/usr/local/bin/vmt --debug\n';
    writeFileSync(item.path, mine);
    expect(() => item.apply(true)).toThrow(/was not written by Video Meetings Tray/);
    expect(() => item.apply(false)).toThrow(/left as it is/);
    expect(readFileSync(item.path, 'utf8')).toBe(mine);
    expect(item.isEnabled()).toBe(false);
  });

  it('takes back its own entry after the user edited it (the preference is the truth)', () => {
    const item = make();
    item.apply(true);
    writeFileSync(item.path, readFileSync(item.path, 'utf8').replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'));
    item.apply(true);
    expect(readFileSync(item.path, 'utf8')).toBe(item.entry());
  });
});
