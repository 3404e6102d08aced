import type { en } from './locales/en.js';

/** A message that depends on a count, one text per plural category of the language (Intl.PluralRules). */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** The English source catalogue: its keys and placeholders define every other language's. */
export type SourceCatalogue = typeof en;
export type MessageKey = keyof SourceCatalogue;

/** A translation of the whole source: a missing key is a compile error; placeholders are checked by a test. */
export type Catalogue = { readonly [K in MessageKey]: SourceCatalogue[K] extends string ? string : PluralForms };

/** The translation of one part of the source (a section kept in its own file, e.g. the error texts). */
export type PartCatalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralForms };

/** The `{name}` placeholders of a message text. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameters a message takes: its placeholders, and `count` for plural messages. */
export type MessageParams<K extends MessageKey> = SourceCatalogue[K] extends string
  ? { readonly [P in Placeholders<SourceCatalogue[K]>]: string | number }
  : { readonly count: number } & { readonly [P in Placeholders<SourceCatalogue[K] extends PluralForms ? SourceCatalogue[K]['other'] : never>]: string | number };

/** Arguments after the key: none for a plain text, the parameters otherwise. */
export type MessageArgs<K extends MessageKey> = [keyof MessageParams<K>] extends [never] ? [] : [params: MessageParams<K>];

/** The placeholder names a text uses, sorted (for the catalogue checks). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1]!))].sort();
}
