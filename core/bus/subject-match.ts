/**
 * NATS subject matching: tokens are dot-separated; `*` matches exactly one token, `>` (last token
 * only) matches one or more.
 */
export type SubjectMatcher = (subject: string) => boolean;

export function compileSubjectPattern(pattern: string): SubjectMatcher {
  const want = pattern.split('.');
  if (!want.includes('*') && !want.includes('>')) return (subject) => subject === pattern;
  const tail = want[want.length - 1] === '>';
  const fixed = tail ? want.length - 1 : want.length;
  return (subject) => {
    const got = subject.split('.');
    if (tail ? got.length <= fixed : got.length !== fixed) return false;
    for (let i = 0; i < fixed; i++) {
      const w = want[i];
      if (w !== '*' && w !== got[i]) return false;
    }
    return true;
  };
}

export function subjectMatches(pattern: string, subject: string): boolean {
  return compileSubjectPattern(pattern)(subject);
}

/** True when every subject `inner` matches is also matched by `outer` (for filter validation). */
export function patternWithin(outer: string, inner: string): boolean {
  const o = outer.split('.');
  const i = inner.split('.');
  for (let k = 0; k < o.length; k++) {
    const ot = o[k];
    const it = i[k];
    if (ot === '>') return it !== undefined;
    if (it === undefined) return false;
    if (it === '>') return false;
    if (ot === '*') continue;
    if (it === '*' || it !== ot) return false;
  }
  return o.length === i.length;
}
