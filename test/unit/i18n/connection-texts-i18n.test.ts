import { describe, expect, it } from 'vitest';
import type { ConnectionView } from '../../../preload/contract.js';
import { AppError } from '../../../main/core/app-error.js';
import type { SuperOfficeRecord } from '../../../main/settings/settings-schema.js';
import { translator } from '../../../main/i18n/translator.js';
import { superOfficeView } from '../../../main/superoffice/superoffice-view.js';
import { diagnose } from '../../../main/troubleshooting/diagnose.js';

const record: SuperOfficeRecord = {
  authority: 'https://sod.superoffice.com',
  keychainAccount: 'superoffice:Cust12345:5',
  tenant: 'Cust12345',
  associateId: 5,
  displayName: 'Alice Andersen',
  isAdministrator: false,
  connectedSince: '2026-11-23T09:00:00Z',
};

describe('connection cards in the user’s language', () => {
  it('status lines', () => {
    expect(superOfficeView({ kind: 'connected', record }, translator('nl')).statusText).toBe('Gekoppeld aan Cust12345 als Alice Andersen');
    expect(superOfficeView({ kind: 'disconnected' }, translator('de')).statusText).toBe('Nicht verbunden');
  });

  it('diagnosis: cause, remedy and button label', () => {
    const view: ConnectionView = { id: 'zoom', kind: 'video', title: 'Zoom', status: 'connected', statusText: '', nextAction: 'sign-out', error: new AppError('rate_limited', { message: 'x' }).toApiError() };
    expect(diagnose(view, translator('nb'))).toEqual({ kind: 'rate-limited', action: 'retry', actionLabel: 'Prøv igjen', cause: 'Zoom ba appen om å sende færre forespørsler.', remedy: 'Vent litt, og prøv igjen.' });
    const notSetUp: ConnectionView = { ...view, status: 'error', statusText: translator('sv').t('status.notSetUp'), error: new AppError('invalid_client', { message: 'x' }).toApiError() };
    expect(diagnose(notSetUp, translator('sv'))).toMatchObject({ kind: 'not-set-up', cause: 'Zoom är inte konfigurerad för den här installationen.', actionLabel: 'Kontrollera igen' });
  });
});
