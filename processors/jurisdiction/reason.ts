/** Human-readable pieces of `tags.jurisdiction.reason`. */
import type { AreaChoice } from './evidence.js';
import type { Responsible } from './responsible.js';

/** "'Exmouth' is in East Devon", "'Deansgate' is a street in Manchester", "'Devon' is in the county of Devon". */
export function describeArea(choice: AreaChoice): string {
  const area = choice.area;
  if (area === null) return 'no place identified';
  const text = choice.because?.text ?? area.short;
  const rivals =
    choice.candidates.length > 1
      ? ` (over ${choice.candidates
          .slice(1, 3)
          .map((c) => c.area.short)
          .join(', ')})`
      : '';
  if (area.type === 'county') return `'${text}' is in the county of ${area.short}${rivals}`;
  if (choice.bySize === true) return `'${text}' is most likely ${area.short}, the largest place of that name${rivals}`;
  const landmark = choice.because?.landmark;
  if (landmark !== undefined && landmark.code === area.code)
    return `'${text}' is ${article(landmark.kind)} ${landmark.kind} in ${area.short}${rivals}`;
  return `'${text}' is in ${area.short}${rivals}`;
}

/** "'Newport' could be Newport (0.31), Isle of Wight (0.12)..." */
export function placeList(choice: AreaChoice): string {
  const text = choice.because?.text ?? 'the place';
  const list = choice.candidates.slice(0, 4).map((c) => `${c.area.short} (${c.share.toFixed(2)})`);
  return `'${text}' could be in ${list.join(', ')}`;
}

/** "potholes and roads: a county service in two-tier areas" */
export function describeService(label: string, r: Responsible, source: string): string {
  const from = source === 'matrix' || source === 'default' ? '' : ` (${source})`;
  return `${label}: ${r.why}${from}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
