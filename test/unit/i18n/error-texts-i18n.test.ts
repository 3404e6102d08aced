import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LOCALES } from '../../../preload/contract.js';
import { appError } from '../../../main/core/app-error.js';
import { CATALOGUES } from '../../../main/i18n/catalogues.js';
import { clause, say, said } from '../../../main/i18n/local-text.js';
import { translator } from '../../../main/i18n/translator.js';
import { passcodeProblemTexts, passcodeProblems } from '../../../main/providers/passcode/validate-passcode.js';
import { ZOOM_BASE_RULES } from '../../../main/providers/passcode/passcode-rules.js';

describe('error texts', () => {
  it('every error code has a message and a remedy in every language, and none of them is left in English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const code of ERROR_CODES) {
        const api = appError(code).toApiError(translator(locale));
        const english = appError(code).toApiError();
        expect(api.message, `${locale} ${code}`).not.toBe(english.message);
        expect(api.remedy, `${locale} ${code}`).toBeTruthy();
      }
    }
  });

  it('keep English as the message (logs, CLI) and say the catalogue text in the language asked', () => {
    const error = appError('network', said('error.unreachable', { title: 'Zoom' }));
    expect(error.message).toBe('Zoom could not be reached.');
    expect(error.remedy).toBe('Check your network connection, then try again.');
    expect(error.toApiError(translator('de'))).toEqual({ code: 'network', message: 'Zoom ist nicht erreichbar.', remedy: 'Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es dann erneut.' });
    expect(error.toApiError()).toEqual({ code: 'network', message: 'Zoom could not be reached.', remedy: 'Check your network connection, then try again.' });
  });

  it('plural forms and nested texts: a reason inside another text is said in the same language, as a clause', () => {
    expect(appError('clock_skew', said('error.clockAhead', { count: 1 })).toApiError(translator('nb')).message).toBe(
      'Klokken på datamaskinen går omtrent 1 minutt foran påloggingsserverens, så påloggingssvaret så utløpt ut.',
    );
    const inner = said('error.unreachable', { title: 'SuperOffice' });
    const outer = said('agenda.unreachable', { reason: clause(inner) });
    expect(say(translator('en'), outer)).toBe('SuperOffice could not be reached (SuperOffice could not be reached).');
    expect(say(translator('nl'), outer)).toBe('SuperOffice is niet bereikbaar (SuperOffice is niet bereikbaar).');
    expect(say(translator('sv'), 'Words kept as they are.')).toBe('Words kept as they are.');
  });

  it('passcode problems: English for the callers that want words, the user’s language on the card', () => {
    const rules = { ...ZOOM_BASE_RULES, requireDigit: true };
    expect(passcodeProblems('', rules)).toEqual(['Enter a passcode, or press Generate.']);
    expect(passcodeProblemTexts('abc', rules).map((text) => say(translator('de'), text))).toContain('Er braucht mindestens eine Ziffer.');
  });

  it('the removal texts and errors are real translations (not the English repeated)', () => {
    const keys = ['wizard.step2', 'wizard.nothingLeft', 'guide.zoom.uninstall1', 'revocation.verified', 'repair.localRemoved', 'error.reservation_failed', 'error.unreachable', 'note.teamsNoRevocation'] as const;
    for (const locale of LOCALES.filter((l) => l !== 'en')) for (const key of keys) expect(CATALOGUES[locale][key], `${locale} ${key}`).not.toBe(CATALOGUES.en[key]);
  });
});
