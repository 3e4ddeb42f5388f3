import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeReference } from '../../../processors/text/tokens.js';
import { WORDS } from '../../../processors/text/words.js';

const kinds = (text: string): string[] => tokenize(text).tokens.map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('recognises the kinds of token social posts carry', () => {
    expect(kinds("NOT happy!!! @DevonCC bins weren't collected :( 😡 #fail https://x.com/a 3rd time, a@b.co.uk")).toEqual([
      'word:NOT',
      'word:happy',
      'punct:!!!',
      'mention:@DevonCC',
      'word:bins',
      "word:weren't",
      'word:collected',
      'emoticon::(',
      'emoji:😡',
      'hashtag:#fail',
      'url:https://x.com/a',
      'number:3rd',
      'word:time',
      'punct:,',
      'email:a@b.co.uk',
    ]);
  });

  it('reads a word before a colon as a word, not as a reversed emoticon ("D:"), in both paths', () => {
    expect(kinds('what to do: call')).toEqual(['word:what', 'word:to', 'word:do', 'punct::', 'word:call']);
    for (const text of ['D: no', 'Po; x', 'plan D: yes', 'so sad D:', '(D:', 'd: e', 'P:']) {
      expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
    }
    expect(kinds('(D: |: )o:')).toEqual(['punct:(', 'word:D', 'punct::', 'emoticon:|:', 'emoticon:)o:']);
  });

  it('keeps offsets into the original text', () => {
    const text = '  Pothole\ton  the A38…';
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });

  it('gives exactly what the single-pass pattern gives, on every labelled and sample post', () => {
    const files = [
      '../../data/enrichment/posts.labelled.ndjson',
      '../../data/jurisdiction/posts.labelled.ndjson',
      '../../../data/sample/posts.ndjson',
    ];
    let checked = 0;
    for (const file of files) {
      for (const line of readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const text = (JSON.parse(line) as { text: string }).text;
        expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3500);
  });

  it('reads a chunk the pattern handles the same each time it recurs, at any offset', () => {
    const text = '😡 A38 @devon.gov.uk 😡 x A38 @devon.gov.uk';
    expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
    expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
  });

  it('gives a recurring chunk the id of a word registered after it was first read', () => {
    const text = 'stop at the A9999Z.';
    const before = tokenize(text).tokens.find((t) => t.text === 'Z');
    const id = WORDS.add('z');
    const after = tokenize(text).tokens.find((t) => t.text === 'Z');
    expect(before?.id).toBeLessThan(0);
    expect(after?.id).toBe(id);
    expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
  });

  it('gives a closing mark the id it gained when the table grew', () => {
    const before = tokenize('so;').tokens[1];
    const id = WORDS.add(';');
    const after = tokenize('so;').tokens[1];
    expect(before?.id).toBeLessThan(0);
    expect(after?.id).toBe(id);
  });

  it('keeps each token as written when a word recurs with other capitals', () => {
    const text =
      'Bins bins BINS Bins bIns #BinDay #binday #BinDay Pneumonoultramicroscopicsilicovolcanoconiosis PNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSIS';
    for (let round = 0; round < 2; round++) {
      expect(tokenize(text).tokens.map((t) => t.text)).toEqual(text.split(' '));
      expect(tokenize(text).tokens).toEqual(tokenizeReference(text));
    }
  });
});
