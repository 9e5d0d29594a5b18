import { describe, expect, it } from 'vitest';
import { createTranslator, describeError, ENGLISH_CATALOG, loadCatalog } from '../../../src/i18n';
import type { AddinErrorCode } from '../../../src/shared';
import { AddinError } from '../../../src/shared';
import { SessionError } from '../../../src/siebel';
import { describeFailure } from '../../../src/taskpane/errorMessage';

const english = createTranslator(ENGLISH_CATALOG);

const badCredentials = () =>
  new SessionError({
    code: 'BadCredentials',
    operation: 'DownloadMetadataFiles',
    url: 'https://crm.example.com/eai',
    userName: 'JSMITH',
  });

/** Every code of AddinErrorCode; the compiler rejects a code missing here (the record is complete). */
const ALL_CODES: Record<AddinErrorCode, true> = {
  SiebelFault: true,
  BadCredentials: true,
  SessionRejected: true,
  TooManySessions: true,
  NoPublishedPackage: true,
  Network: true,
  Timeout: true,
  HttpStatus: true,
  Aborted: true,
  NotSoap: true,
  UnexpectedSoapShape: true,
  XmlRefused: true,
  XmlEncode: true,
  InvalidServerUrl: true,
  InvalidWireProfile: true,
  PageSizeTooLarge: true,
  PackageFormat: true,
  StorageFull: true,
  Store: true,
  SyncAlreadyRunning: true,
  SyncCancelled: true,
  SyncUnexpected: true,
  PendingChanges: true,
  RecordValidation: true,
  InvalidResolution: true,
  SharingUnavailable: true,
  Host: true,
};

describe('describeError', () => {
  it('describes bad credentials in English and German, keeping the technical message as the details', async () => {
    const german = createTranslator(await loadCatalog({ uiLocale: 'de', formattingLocale: 'de-DE' }));
    const error = badCredentials();
    expect(describeError(english, error)).toEqual({
      title: 'User name or password is incorrect',
      whatToDo:
        'Check your Siebel user name and password and sign in again. If you changed your password recently, use the new one.',
      details: error.message,
    });
    const inGerman = describeError(german, error);
    expect(inGerman.title).toBe('Benutzername oder Kennwort ist falsch');
    expect(inGerman.whatToDo).toMatch(/^Prüfen Sie Ihren Siebel-Benutzernamen/);
    expect(inGerman.details).toMatch(/the user ID or password is incorrect/);
  });

  it('describes a full storage in French and Japanese', async () => {
    const french = createTranslator(await loadCatalog({ uiLocale: 'fr', formattingLocale: 'fr-FR' }));
    const japanese = createTranslator(await loadCatalog({ uiLocale: 'ja', formattingLocale: 'ja-JP' }));
    const error = new AddinError('StorageFull', "Saving records: Outlook's browser storage is full");
    expect(describeError(french, error).title).toBe('Il n’y a plus d’espace pour vos données CRM');
    expect(describeError(japanese, error).title).toBe('CRM データを保存する空き容量がありません');
    expect(describeError(japanese, error).details).toBe(error.message);
  });

  it('describes the { code, message } a sync report keeps by its code', () => {
    const described = describeError(english, { code: 'Network', message: 'Could not reach the Siebel server' });
    expect(described.title).toBe('The Siebel Server cannot be reached');
    expect(described.details).toBe('Could not reach the Siebel server');
  });

  it('falls back to the generic messages for an error without a code or with an unknown code', async () => {
    const spanish = createTranslator(await loadCatalog({ uiLocale: 'es', formattingLocale: 'es-ES' }));
    expect(describeError(english, new Error('boom'))).toEqual({
      title: 'Something went wrong',
      whatToDo: 'Try again. If it happens again, copy the details for your administrator.',
      details: 'boom',
    });
    const unknown = Object.assign(new Error('odd'), { code: 'NoSuchCode' });
    expect(describeError(spanish, unknown).title).toBe('Algo salió mal');
    expect(describeError(spanish, 'plain text').details).toBe('plain text');
  });

  it.each(['en', 'de', 'fr', 'es', 'ja'] as const)(
    'has a title and what to do for every error code in %s',
    async (uiLocale) => {
      const translator = createTranslator(await loadCatalog({ uiLocale, formattingLocale: uiLocale }));
      const generic = translator.t('error.unknown.title');
      for (const code of Object.keys(ALL_CODES)) {
        expect(translator.has(`error.${code}.title`), `${uiLocale} ${code}`).toBe(true);
        expect(translator.has(`error.${code}.whatToDo`), `${uiLocale} ${code}`).toBe(true);
        expect(describeError(translator, new AddinError(code as AddinErrorCode, 'x')).title).not.toBe(generic);
      }
    },
  );
});

describe('describeFailure', () => {
  it('masks the password everywhere and names what failed when the error has no messages of its own', () => {
    const described = describeFailure(english, new Error('proxy echoed s3cret back'), {
      password: 's3cret',
      title: 'Could not sign in',
    });
    expect(described).toEqual({
      title: 'Could not sign in',
      whatToDo: 'Try again. If it happens again, copy the details for your administrator.',
      details: 'proxy echoed •••• back',
    });
    expect(describeFailure(english, badCredentials(), { title: 'Could not sign in' }).title).toBe(
      'User name or password is incorrect',
    );
  });
});
