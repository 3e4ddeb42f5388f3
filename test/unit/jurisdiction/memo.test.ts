import { describe, expect, it } from 'vitest';

import { KeyMemo, StringIds } from '../../../processors/jurisdiction/memo.js';
import { Spellings } from '../../../processors/jurisdiction/spellings.js';

describe('KeyMemo', () => {
  it('keeps a value per key of parts, telling apart keys that run together', () => {
    const memo = new KeyMemo<string>(100);
    memo.begin().add(1).add(2).set('a');
    memo.begin().add(12).set('b');
    memo.begin().add(-1).add(0).set('c');
    expect(memo.begin().add(1).add(2).get()).toBe('a');
    expect(memo.begin().add(12).get()).toBe('b');
    expect(memo.begin().add(-1).add(0).get()).toBe('c');
    // A prefix of a stored key, or a longer one, is another key; so is the same parts in another order.
    expect(memo.begin().add(1).get()).toBeUndefined();
    expect(memo.begin().add(-1).add(0).add(0).get()).toBeUndefined();
    expect(memo.begin().add(2).add(1).get()).toBeUndefined();
  });

  it('finds every one of many keys, long and short, after the table has grown', () => {
    const memo = new KeyMemo<number>(100_000);
    const key = (n: number) => Array.from({ length: 1 + (n % 40) }, (_, k) => (n * 7919 + k * 104_729) % 65_536);
    const spell = (n: number) => key(n).reduce((m, part) => m.add(part), memo.begin());
    for (let n = 0; n < 5_000; n++) spell(n).set(n);
    for (let n = 0; n < 5_000; n++) expect(spell(n).get()).toBe(n);
    spell(5).set(-5);
    expect(spell(5).get()).toBe(-5);
    expect(memo.begin().add(65_537).get()).toBeUndefined();
  });

  it('compares large parts exactly', () => {
    const memo = new KeyMemo<string>(100);
    memo
      .begin()
      .add(2 ** 40)
      .set('big');
    expect(
      memo
        .begin()
        .add(2 ** 40)
        .get(),
    ).toBe('big');
    expect(
      memo
        .begin()
        .add(2 ** 40 + 2 ** 32)
        .get(),
    ).toBeUndefined(); // same low 32 bits: same hash
  });

  it('forgets everything once it holds its bound of keys', () => {
    const memo = new KeyMemo<number>(3);
    memo.begin().add(1).set(1);
    memo.begin().add(2).set(2);
    memo.begin().add(3).set(3);
    expect(memo.begin().add(1).get()).toBeUndefined();
    memo.begin().add(1).set(1);
    expect(memo.begin().add(1).get()).toBe(1);
  });
});

describe('numbers for memo keys', () => {
  it('gives a string the same number each time, and never reuses a number once forgotten', () => {
    const ids = new StringIds(2);
    const a = ids.of('E07000040');
    expect(ids.of('E07000040')).toBe(a);
    const b = ids.of('waste_collection');
    expect(b).not.toBe(a);
    const c = ids.of('E06000023'); // past the bound: the first two are forgotten
    expect([a, b]).not.toContain(c);
    expect([a, b, c]).not.toContain(ids.of('E07000040'));
  });

  it('numbers the spellings of a name, a fresh number for each beyond its bound', () => {
    const s = new Spellings();
    const exeter = s.idOf('Exeter');
    expect(s.idOf('Exeter')).toBe(exeter);
    expect(s.idOf('EXETER')).not.toBe(exeter);
    expect(new Spellings().idOf('Exeter')).not.toBe(exeter); // another name's spelling
    for (let k = 0; k < 10; k++) s.idOf(`exeter${k}`);
    expect(s.idOf('exeter9')).not.toBe(s.idOf('exeter9'));
    expect(s.idOf('Exeter')).toBe(exeter);
  });
});
