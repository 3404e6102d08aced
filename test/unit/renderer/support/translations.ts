import { readConfigFileAndWriteSchema, type Config } from '@lit/localize-tools/lib/config.js';
import type { Message, Placeholder } from '@lit/localize-tools/lib/messages.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { fileURLToPath } from 'node:url';

/** The renderer's lit-localize configuration file (the one `lit-localize --config` uses). */
export const CONFIG_PATH = fileURLToPath(new URL('../../../../renderer/localization/lit-localize.json', import.meta.url));

export type RuntimeConfig = Config & { output: RuntimeOutputConfig };

/** The configuration as lit-localize reads it, optionally with some fields replaced (e.g. other input files). */
export function localizeConfig(overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  const config = readConfigFileAndWriteSchema(CONFIG_PATH);
  if (config.output.mode !== 'runtime') throw new Error('the renderer is localized in runtime mode');
  return { ...(config as RuntimeConfig), ...overrides };
}

/** What the translation check found: how many messages the sources have, and every problem, one line each. */
export interface TranslationReport {
  messages: number;
  problems: string[];
}

const text = (message: Message): string =>
  message.contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');

const placeholders = (message: Message): string[] =>
  message.contents
    .filter((part): part is Placeholder => typeof part !== 'string')
    .map((part) => part.untranslatable)
    .sort();

/**
 * Extracts the msg() calls from the sources exactly as `lit-localize extract` does and checks every target locale's
 * XLIFF: each message must be translated (not empty) and keep the source's placeholders, no more and no fewer.
 */
export function checkTranslations(config: RuntimeConfig): TranslationReport {
  const localizer = new RuntimeLitLocalizer(config);
  const { messages, errors } = localizer.extractSourceMessages();
  const problems = errors.map((error) => `source: ${typeof error.messageText === 'string' ? error.messageText : error.messageText.messageText}`);
  const { translations } = localizer.readTranslationsSync();
  for (const locale of config.targetLocales) {
    const byId = new Map((translations.get(locale) ?? []).map((message) => [message.name, message]));
    for (const source of messages) {
      const translated = byId.get(source.name);
      if (!translated || !text(translated).trim()) {
        problems.push(`${locale}: "${text(source)}" (${source.name}) has no translation`);
        continue;
      }
      const wanted = placeholders(source);
      const found = placeholders(translated);
      if (JSON.stringify(wanted) !== JSON.stringify(found)) {
        problems.push(`${locale}: "${text(translated)}" (${source.name}) has placeholders ${JSON.stringify(found)}, the source ${JSON.stringify(wanted)}`);
      }
    }
  }
  return { messages: messages.length, problems };
}

/** Writes the generated locale modules (`lit-localize build`) with the given configuration. */
export async function buildLocaleModules(config: RuntimeConfig): Promise<void> {
  await new RuntimeLitLocalizer(config).build();
}
