import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRecordToPost, parseCsv, CsvSyntaxError } from '../../../ingest/csv.js';
import { compileValidator } from '../../../core/contracts/validate.js';
import { PostSchema } from '../../../core/contracts/post.js';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and newlines inside fields, CRLF', () => {
    const text = 'a,b,c\r\n1,"two, with comma","say ""hi""\nsecond line"\r\n3,,x\n';
    const records = [...parseCsv(text)];
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two, with comma', 'say "hi"\nsecond line'],
      ['3', '', 'x'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('throws a typed error on an unterminated quote', () => {
    expect(() => [...parseCsv('a,b\n1,"open\n')]).toThrow(CsvSyntaxError);
  });
});

describe('csvRecordToPost', () => {
  it('maps the documented columns to a valid Post', () => {
    const header = [...CSV_COLUMNS];
    const fields = [
      'x:42',
      'x',
      'csv',
      'inbound',
      'u1',
      'resident',
      'A Resident',
      'Missed bin on Elm Road',
      '2026-11-20T08:00:00Z',
      '',
      'en',
      '',
      '@DevonCC @EastDevon',
      '#bins',
      '',
    ];
    const post = csvRecordToPost(header, fields);
    expect(post).toMatchObject({ id: 'x:42', mentions: ['@DevonCC', '@EastDevon'], hashtags: ['#bins'], links: [], lang: 'en' });
    expect(post).not.toHaveProperty('url');
    expect(compileValidator(PostSchema)(post).ok).toBe(true);
  });
});
