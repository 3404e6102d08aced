import type { PartCatalogue } from '../../catalogue.js';
import type { enSettings } from './en.js';

/** Dutch texts of the settings. */
export const nlSettings: PartCatalogue<typeof enSettings> = {
  'passcodeRule.lengthRange': '{min} tot {max} tekens',
  'passcodeRule.lengthMax': 'Hoogstens {max} tekens',
  'passcodeRule.digitsOnly': 'Alleen cijfers',
  'passcodeRule.lettersDigits': 'Letters en cijfers',
  'passcodeRule.lettersDigitsAnd': 'Letters, cijfers en {specials}',
  'passcodeRule.letter': 'Minstens één letter',
  'passcodeRule.digit': 'Minstens één cijfer',
  'passcodeRule.special': 'Minstens één van {specials}',
  'passcodeRule.cases': 'Zowel hoofdletters als kleine letters',
  'passcodeRule.consecutive': 'Geen reeksen van meer dan {max} opeenvolgende tekens (zoals 1234 of abcd)',
  'passcodeRule.repeated': 'Geen teken meer dan {max} keer achter elkaar',

  'preferences.horizonMin': 'De agenda omvat minstens vandaag.',
  'preferences.horizonMax': 'De agenda omvat hoogstens {days} dagen.',
  'preferences.googleAccount': 'Voer het e-mailadres van een Google-account in, of laat het veld leeg.',
  'preferences.joinShortcut': 'Gebruik wijzigingstoetsen en één toets, bijvoorbeeld {example}.',

  'admin.notFound': 'Geen {provider}-configuratie van medewerker {associateId} op dat apparaat (mogelijk al verwijderd).',
  'admin.alreadyRequested': 'Verwijdering van de {provider}-configuratie van {user} is al aangevraagd; hun app voert die uit bij de volgende synchronisatie.',
  'admin.requested': 'De app van {user} verwijdert de {provider}-configuratie bij de volgende synchronisatie (binnen enkele minuten, of bij het starten).',
  'admin.failed': 'Het verwijderen van de {provider}-configuratie van {user} kon niet worden aangevraagd: {reason} Er is voor hen niets gewijzigd; probeer het opnieuw.',
};
