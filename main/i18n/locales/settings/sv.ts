import type { PartCatalogue } from '../../catalogue.js';
import type { enSettings } from './en.js';

/** Swedish texts of the settings. */
export const svSettings: PartCatalogue<typeof enSettings> = {
  'passcodeRule.lengthRange': '{min} till {max} tecken',
  'passcodeRule.lengthMax': 'Högst {max} tecken',
  'passcodeRule.digitsOnly': 'Endast siffror',
  'passcodeRule.lettersDigits': 'Bokstäver och siffror',
  'passcodeRule.lettersDigitsAnd': 'Bokstäver, siffror och {specials}',
  'passcodeRule.letter': 'Minst en bokstav',
  'passcodeRule.digit': 'Minst en siffra',
  'passcodeRule.special': 'Minst ett av {specials}',
  'passcodeRule.cases': 'Både stora och små bokstäver',
  'passcodeRule.consecutive': 'Inga serier med fler än {max} tecken i följd (som 1234 eller abcd)',
  'passcodeRule.repeated': 'Inget tecken upprepat fler än {max} gånger i rad',

  'preferences.horizonMin': 'Kalendern visar minst i dag.',
  'preferences.horizonMax': 'Kalendern visar högst {days} dagar.',
  'preferences.googleAccount': 'Ange e-postadressen till ett Google-konto, eller lämna fältet tomt.',
  'preferences.joinShortcut': 'Använd modifierartangenter och en tangent, till exempel {example}.',

  'admin.notFound': 'Ingen {provider}-konfiguration för medarbetare {associateId} på den enheten (den kan redan ha tagits bort).',
  'admin.alreadyRequested': 'Borttagning av {user}s {provider}-konfiguration är redan begärd; deras app utför den vid nästa synkronisering.',
  'admin.requested': 'Appen hos {user} tar bort {provider}-konfigurationen vid nästa synkronisering (inom några minuter, eller när den startar).',
  'admin.failed': 'Borttagning av {user}s {provider}-konfiguration kunde inte begäras: {reason} Inget ändrades för dem; försök igen.',
};
