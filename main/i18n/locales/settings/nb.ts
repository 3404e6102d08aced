import type { PartCatalogue } from '../../catalogue.js';
import type { enSettings } from './en.js';

/** Norwegian (bokmål) texts of the settings. */
export const nbSettings: PartCatalogue<typeof enSettings> = {
  'passcodeRule.lengthRange': '{min} til {max} tegn',
  'passcodeRule.lengthMax': 'Høyst {max} tegn',
  'passcodeRule.digitsOnly': 'Bare sifre',
  'passcodeRule.lettersDigits': 'Bokstaver og sifre',
  'passcodeRule.lettersDigitsAnd': 'Bokstaver, sifre og {specials}',
  'passcodeRule.letter': 'Minst én bokstav',
  'passcodeRule.digit': 'Minst ett siffer',
  'passcodeRule.special': 'Minst ett av {specials}',
  'passcodeRule.cases': 'Både store og små bokstaver',
  'passcodeRule.consecutive': 'Ingen rekker på mer enn {max} påfølgende tegn (som 1234 eller abcd)',
  'passcodeRule.repeated': 'Ingen tegn gjentatt mer enn {max} ganger på rad',

  'preferences.horizonMin': 'Kalenderen viser minst i dag.',
  'preferences.horizonMax': 'Kalenderen viser høyst {days} dager.',
  'preferences.googleAccount': 'Skriv inn e-postadressen til en Google-konto, eller la feltet stå tomt.',
  'preferences.joinShortcut': 'Bruk modifikatortaster og én tast, for eksempel {example}.',

  'admin.notFound': 'Ingen {provider}-konfigurasjon for medarbeider {associateId} på den enheten (den kan allerede være fjernet).',
  'admin.alreadyRequested': 'Fjerning av {user}s {provider}-konfigurasjon er allerede bestilt; appen deres utfører den ved neste synkronisering.',
  'admin.requested': 'Appen til {user} fjerner {provider}-konfigurasjonen ved neste synkronisering (innen noen minutter, eller når den starter).',
  'admin.failed': 'Fjerning av {user}s {provider}-konfigurasjon kunne ikke bestilles: {reason} Ingenting ble endret for dem; prøv igjen.',
};
