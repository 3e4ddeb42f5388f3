import { describe, expect, it } from 'vitest';

import { PathMemo } from '../../../processors/jurisdiction/memo.js';

describe('PathMemo', () => {
  it('keeps a value per path of parts, telling apart parts that print alike', () => {
    const memo = new PathMemo<string>(100);
    memo.begin().add('E07000040').add(0.8).set('a');
    memo.begin().add('E07000040').add('0.8').set('b');
    memo.begin().add(null).add(false).set('c');
    expect(memo.begin().add('E07000040').add(0.8).get()).toBe('a');
    expect(memo.begin().add('E07000040').add('0.8').get()).toBe('b');
    expect(memo.begin().add(null).add(false).get()).toBe('c');
    // A prefix of a stored key, or a longer one, is another key.
    expect(memo.begin().add('E07000040').get()).toBeUndefined();
    expect(memo.begin().add(null).add(false).add(0).get()).toBeUndefined();
  });

  it('tells objects apart by identity, not by content', () => {
    const memo = new PathMemo<string>(100);
    const a = { code: 'E07000040' };
    memo.begin().add(a).set('a');
    expect(memo.begin().add(a).get()).toBe('a');
    expect(memo.begin().add({ code: 'E07000040' }).get()).toBeUndefined();
  });

  it('forgets everything once it holds more than its bound of nodes', () => {
    const memo = new PathMemo<number>(3);
    memo.begin().add(1).set(1);
    memo.begin().add(2).set(2);
    memo.begin().add(3).set(3);
    expect(memo.begin().add(1).get()).toBeUndefined();
    memo.begin().add(1).set(1);
    expect(memo.begin().add(1).get()).toBe(1);
  });
});
