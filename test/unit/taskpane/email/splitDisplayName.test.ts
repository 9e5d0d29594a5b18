import { describe, expect, it } from 'vitest';
import { splitDisplayName } from '../../../../src/taskpane/components/email/splitDisplayName';

describe('splitDisplayName', () => {
  it.each([
    ['David Rossi', 'David', 'Rossi'],
    ['Rossi, David', 'David', 'Rossi'],
    ['Rossi,David', 'David', 'Rossi'],
    ['Anna Maria Rossi', 'Anna Maria', 'Rossi'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['María de la Cruz', 'María', 'de la Cruz'],
    ['"David Rossi"', 'David', 'Rossi'],
    ["'Rossi, David'", 'David', 'Rossi'],
    ['“Élodie Martin”', 'Élodie', 'Martin'],
    ['  David   Rossi  ', 'David', 'Rossi'],
    ['David Rossi (Acme)', 'David', 'Rossi'],
    ['Rossi, David [EXT]', 'David', 'Rossi'],
    ['Madonna', '', 'Madonna'],
    ['Иван Петров', 'Иван', 'Петров'],
    ['Γιώργος Παπαδόπουλος', 'Γιώργος', 'Παπαδόπουλος'],
    ['山田 太郎', '太郎', '山田'],
    ['山田太郎', '', '山田太郎'],
    ['김 민준', '민준', '김'],
  ])('splits %j into first %j and last %j', (display, first, last) => {
    expect(splitDisplayName(display)).toEqual({ first, last });
  });

  it('falls back to the address when the display name is empty or the address itself', () => {
    expect(splitDisplayName('', 'david.rossi@acme.example')).toEqual({ first: 'David', last: 'Rossi' });
    expect(splitDisplayName('david.rossi@acme.example', 'david.rossi@acme.example')).toEqual({
      first: 'David',
      last: 'Rossi',
    });
    expect(splitDisplayName('', 'anna_maria-rossi2@x.example')).toEqual({ first: 'Anna Maria', last: 'Rossi2' });
    expect(splitDisplayName('', 'drossi@acme.example')).toEqual({ first: '', last: 'Drossi' });
  });

  it('gives empty names when there is nothing to split', () => {
    expect(splitDisplayName('', '')).toEqual({ first: '', last: '' });
    expect(splitDisplayName('""', '1234@x.example')).toEqual({ first: '', last: '' });
  });

  it('leaves suffixes and degrees after a comma out of the names', () => {
    expect(splitDisplayName('Smith, John, Jr.')).toEqual({ first: 'John', last: 'Smith' });
    expect(splitDisplayName('David Rossi, PhD')).toEqual({ first: 'David', last: 'Rossi' });
  });

  it('keeps a name with more commas than "Last, First" whole in the last name', () => {
    expect(splitDisplayName('Sales, EMEA, Acme')).toEqual({ first: '', last: 'Sales EMEA Acme' });
  });
});
