import type { PartCatalogue } from '../../catalogue.js';
import type { enSettings } from './en.js';

/** Danish texts of the settings. */
export const daSettings: PartCatalogue<typeof enSettings> = {
  'passcodeRule.lengthRange': '{min} til {max} tegn',
  'passcodeRule.lengthMax': 'Højst {max} tegn',
  'passcodeRule.digitsOnly': 'Kun cifre',
  'passcodeRule.lettersDigits': 'Bogstaver og cifre',
  'passcodeRule.lettersDigitsAnd': 'Bogstaver, cifre og {specials}',
  'passcodeRule.letter': 'Mindst ét bogstav',
  'passcodeRule.digit': 'Mindst ét ciffer',
  'passcodeRule.special': 'Mindst ét af {specials}',
  'passcodeRule.cases': 'Både store og små bogstaver',
  'passcodeRule.consecutive': 'Ingen rækker på mere end {max} fortløbende tegn (som 1234 eller abcd)',
  'passcodeRule.repeated': 'Intet tegn gentaget mere end {max} gange i træk',

  'preferences.horizonMin': 'Kalenderen viser mindst i dag.',
  'preferences.horizonMax': 'Kalenderen viser højst {days} dage.',
  'preferences.googleAccount': 'Angiv e-mailadressen på en Google-konto, eller lad feltet stå tomt.',
  'preferences.joinShortcut': 'Brug ændringstaster og én tast, for eksempel {example}.',

  'admin.notFound': 'Ingen {provider}-konfiguration for medarbejder {associateId} på den enhed (den er måske allerede fjernet).',
  'admin.alreadyRequested': 'Fjernelse af {user}s {provider}-konfiguration er allerede anmodet om; deres app udfører den ved næste synkronisering.',
  'admin.requested': 'Appen hos {user} fjerner {provider}-konfigurationen ved næste synkronisering (inden for få minutter, eller når den starter).',
  'admin.failed': 'Fjernelse af {user}s {provider}-konfiguration kunne ikke anmodes om: {reason} Intet blev ændret for dem; prøv igen.',
};
