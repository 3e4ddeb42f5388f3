/** UK phone numbers in the usual written forms, normalised to national digits ("01392123456"). */
const PHONE = /(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s\-)]{7,14}\d(?!\d)/y;
// After the leading 0: 1 and 2 geographic, 3 non-geographic, 5 corporate, 7 mobile, 8 freephone, 9 premium.
const NATIONAL = /^0[1235789]\d{8,9}$/;
const TRAILING_GROUP = /[\s-]+\d+\)?$/;

function national(written: string): string {
  const digits = written.replace(/\D/g, '');
  return written.startsWith('+44') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

/** Adds to `found` the numbers at the candidate offsets `starts` (a number opening with 0, "(0" or "+44"). */
export function findPhones(raw: string, starts: readonly number[], found: string[]): void {
  for (const start of starts) {
    PHONE.lastIndex = start;
    const m = PHONE.exec(raw);
    const number = m === null ? undefined : validNumber(m[0]);
    if (number !== undefined && !found.includes(number)) found.push(number);
  }
}

// The pattern is greedy across spaces ("01392 123456 2 times"): drop trailing groups until valid.
function validNumber(written: string): string | undefined {
  for (let text = written.trimEnd(); text.length > 0;) {
    const number = national(text);
    if (NATIONAL.test(number)) return number;
    const cut = text.search(TRAILING_GROUP);
    if (cut <= 0) return undefined;
    text = text.slice(0, cut);
  }
  return undefined;
}
