import type { LocaleCode } from '../../preload/contract.js';
import type { Catalogue } from './catalogue.js';
import { da } from './locales/da.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { nb } from './locales/nb.js';
import { nl } from './locales/nl.js';
import { sv } from './locales/sv.js';

/** Every language's catalogue; a language without one is a compile error. */
export const CATALOGUES: Readonly<Record<LocaleCode, Catalogue>> = { en, nb, sv, da, de, nl };
