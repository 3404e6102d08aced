// @vitest-environment node
// The translations against the sources, as lit-localize sees them: every msg() is translated into every language
// with the same placeholders, and the committed locale modules are what `lit-localize build` makes of the XLIFF.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../preload/contract.js';
import { buildLocaleModules, checkTranslations, localizeConfig } from './support/translations.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vmt-l10n-'));
  // Fixture sources import @lit/localize like the renderer does.
  symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'), 'dir');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A source file in the scratch folder with these msg() calls. */
function fixture(name: string, calls: string): string {
  const path = join(scratch, name);
  writeFileSync(
    path,
    `import { msg, str } from '@lit/localize';\ndeclare const info: { version: string };\nexport const texts = () => [${calls}];\n`,
  );
  return path;
}

describe('translations', () => {
  it('cover the languages of the contract, English being the source', () => {
    const config = localizeConfig();
    expect([config.sourceLocale, ...config.targetLocales].sort()).toEqual([...LOCALES].sort());
    expect(config.output.mode).toBe('runtime');
  });

  it('translate every message of the renderer into every language, with the source’s placeholders', () => {
    const { messages, problems } = checkTranslations(localizeConfig());
    expect(messages).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  }, 60_000);

  it('catch a msg() nobody has translated yet', () => {
    const input = fixture('new-text.ts', "msg('Settings'), msg(str`Version ${info.version}`), msg('A text nobody has translated yet')");
    const { messages, problems } = checkTranslations(localizeConfig({ inputFiles: [input] }));
    expect(messages).toBe(3);
    expect(problems).toHaveLength(5);
    for (const locale of ['nb', 'sv', 'da', 'de', 'nl']) {
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${locale}: "A text nobody has translated yet" \\(\\w+\\) has no translation$`)));
    }
  }, 30_000);

  it('catch a translation whose placeholders differ from the source’s', () => {
    const input = fixture('placeholders.ts', 'msg(str`Version ${info.version}`)');
    const xliffDir = join(scratch, 'xliff');
    cpSync(localizeConfig().resolve('xliff'), xliffDir, { recursive: true });
    const nb = join(xliffDir, 'nb.xlf');
    const original = readFileSync(nb, 'utf8');
    const broken = original.replace(/<target>Versjon <x id="0" equiv-text="\$\{info\.version\}"\/><\/target>/, '<target>Versjon <x id="0" equiv-text="${info.name}"/></target>');
    expect(broken).not.toBe(original);
    writeFileSync(nb, broken);
    const config = localizeConfig({ inputFiles: [input], interchange: { format: 'xliff', xliffDir } });
    expect(checkTranslations(config).problems).toEqual([
      expect.stringMatching(/^nb: "Versjon \$\{info\.name\}" \(\w+\) has placeholders \["\$\{info\.name\}"\], the source \["\$\{info\.version\}"\]$/),
    ]);

    writeFileSync(nb, original.replace(/<target>Versjon <x id="0" equiv-text="\$\{info\.version\}"\/><\/target>/, '<target>Versjon</target>'));
    expect(checkTranslations(config).problems).toEqual([expect.stringMatching(/^nb: "Versjon" \(\w+\) has placeholders \[\], the source \["\$\{info\.version\}"\]$/)]);
  }, 30_000);

  it('are built into the committed locale modules (lit-localize build is up to date)', async () => {
    const config = localizeConfig();
    const outputDir = join(scratch, 'generated');
    await buildLocaleModules({ ...config, output: { ...config.output, outputDir } });
    const committed = config.resolve(config.output.outputDir);
    const built = readdirSync(outputDir).sort();
    expect(built).toEqual(config.targetLocales.map((locale) => `${locale}.ts`).sort());
    expect(readdirSync(committed).sort()).toEqual(built);
    for (const file of built) {
      expect(readFileSync(join(committed, file), 'utf8'), `${file} is stale: run lit-localize build`).toBe(readFileSync(join(outputDir, file), 'utf8'));
    }
  }, 60_000);
});
