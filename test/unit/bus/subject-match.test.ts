import { describe, expect, it } from 'vitest';
import { patternWithin } from '../../../core/bus/subject-match.js';
import { compileSubjectPattern, subjectMatches } from '../../../core/bus/index.js';

describe('subject matching', () => {
  it('matches literal subjects exactly', () => {
    expect(subjectMatches('posts.raw.x', 'posts.raw.x')).toBe(true);
    expect(subjectMatches('posts.raw.x', 'posts.raw.xx')).toBe(false);
    expect(subjectMatches('posts.raw.x', 'posts.raw')).toBe(false);
  });

  it('`*` matches exactly one token', () => {
    const m = compileSubjectPattern('route.*.highways');
    expect(m('route.kent.highways')).toBe(true);
    expect(m('route.kent.waste')).toBe(false);
    expect(m('route.highways')).toBe(false);
    expect(m('route.a.b.highways')).toBe(false);
  });

  it('`>` matches one or more trailing tokens', () => {
    const m = compileSubjectPattern('posts.raw.>');
    expect(m('posts.raw.x')).toBe(true);
    expect(m('posts.raw.x.y.z')).toBe(true);
    expect(m('posts.raw')).toBe(false);
    expect(m('posts.tagged.x')).toBe(false);
  });

  it('tells whether a filter lies inside a stream pattern', () => {
    expect(patternWithin('posts.raw.>', 'posts.raw.x')).toBe(true);
    expect(patternWithin('posts.raw.>', 'posts.raw.*')).toBe(true);
    expect(patternWithin('posts.raw.>', 'posts.raw.>')).toBe(true);
    expect(patternWithin('posts.raw.>', 'posts.>')).toBe(false);
    expect(patternWithin('posts.raw.>', 'posts.raw')).toBe(false);
    expect(patternWithin('route.*.x', 'route.kent.x')).toBe(true);
    expect(patternWithin('route.*.x', 'route.*.y')).toBe(false);
    expect(patternWithin('route.kent.x', 'route.*.x')).toBe(false);
  });
});
