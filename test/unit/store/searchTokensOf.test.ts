import { describe, expect, it } from 'vitest';
import { foldText, wordsOf } from '../../../src/store';
import { MAX_TOKENS, searchTokensOf } from '../../../src/store/search/searchTokensOf';

describe('searchTokensOf', () => {
  it('indexes the folded words of the searchable fields only', () => {
    const record = { Id: 'A-1', Name: 'Müller & Söhne', Location: 'KÖLN', Secret: 'hidden' };
    expect(searchTokensOf(record, ['Name', 'Location'])).toEqual(['koln', 'muller', 'sohne']);
  });

  it('adds the digits of a phone number joined from each group, so any grouping finds it', () => {
    expect(searchTokensOf({ Phone: '+1 (555) 010-0100' }, ['Phone'])).toEqual([
      '010',
      '0100',
      '0100100',
      '1',
      '15550100100',
      '555',
      '5550100100',
    ]);
    // Words among the digits: not a phone number, nothing joined.
    expect(searchTokensOf({ Note: 'room 12 floor 3' }, ['Note'])).toEqual(['12', '3', 'floor', 'room']);
  });

  it(`keeps at most ${MAX_TOKENS} tokens, the first words of the fields first`, () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${String(i).padStart(3, '0')}`).join(' ');
    const tokens = searchTokensOf({ Name: 'Acme', Note: long }, ['Name', 'Note']);
    expect(tokens).toHaveLength(MAX_TOKENS);
    expect(tokens).toContain('acme');
    expect(tokens).toContain('w000');
    expect(tokens).not.toContain('w099');
  });
});

describe('foldText and wordsOf', () => {
  it('fold width, case and Latin accents but keep Japanese voicing marks', () => {
    expect(foldText('ＡＢＣ Élan')).toBe('abc elan');
    expect(foldText('ガス')).toBe('ガス');
    expect(wordsOf('david.rossi@acme.example')).toEqual(['david', 'rossi', 'acme', 'example']);
  });
});
