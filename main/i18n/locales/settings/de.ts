import type { PartCatalogue } from '../../catalogue.js';
import type { enSettings } from './en.js';

/** German texts of the settings. */
export const deSettings: PartCatalogue<typeof enSettings> = {
  'passcodeRule.lengthRange': '{min} bis {max} Zeichen',
  'passcodeRule.lengthMax': 'Höchstens {max} Zeichen',
  'passcodeRule.digitsOnly': 'Nur Ziffern',
  'passcodeRule.lettersDigits': 'Buchstaben und Ziffern',
  'passcodeRule.lettersDigitsAnd': 'Buchstaben, Ziffern und {specials}',
  'passcodeRule.letter': 'Mindestens ein Buchstabe',
  'passcodeRule.digit': 'Mindestens eine Ziffer',
  'passcodeRule.special': 'Mindestens eines von {specials}',
  'passcodeRule.cases': 'Groß- und Kleinbuchstaben',
  'passcodeRule.consecutive': 'Keine Folgen von mehr als {max} aufeinanderfolgenden Zeichen (wie 1234 oder abcd)',
  'passcodeRule.repeated': 'Kein Zeichen mehr als {max}-mal hintereinander',

  'preferences.horizonMin': 'Die Agenda umfasst mindestens heute.',
  'preferences.horizonMax': 'Die Agenda umfasst höchstens {days} Tage.',
  'preferences.googleAccount': 'Geben Sie die E-Mail-Adresse eines Google-Kontos ein, oder lassen Sie das Feld leer.',
  'preferences.joinShortcut': 'Verwenden Sie Modifikatortasten und eine Taste, zum Beispiel {example}.',

  'admin.notFound': 'Keine {provider}-Konfiguration von Mitarbeiter {associateId} auf diesem Gerät (sie wurde vielleicht schon entfernt).',
  'admin.alreadyRequested': 'Das Entfernen der {provider}-Konfiguration von {user} wurde bereits angefordert; die App führt es bei der nächsten Synchronisierung aus.',
  'admin.requested': 'Die App von {user} entfernt die {provider}-Konfiguration bei der nächsten Synchronisierung (innerhalb weniger Minuten oder beim Start).',
  'admin.failed': 'Das Entfernen der {provider}-Konfiguration von {user} konnte nicht angefordert werden: {reason} Für diese Person wurde nichts geändert; versuchen Sie es erneut.',
};
