/** Classification figures over the three classes (0 negative, 1 neutral, 2 positive). */
export interface Metrics {
  readonly macroRecall: number;
  readonly accuracy: number;
  /** confusion[gold][predicted] */
  readonly confusion: readonly (readonly number[])[];
  readonly recall: readonly number[];
}

export const CLASS_NAMES = ['negative', 'neutral', 'positive'] as const;

export function metrics(gold: readonly number[], predicted: readonly number[]): Metrics {
  const confusion = [0, 1, 2].map(() => [0, 0, 0]);
  gold.forEach((g, i) => {
    const row = confusion[g];
    const p = predicted[i];
    if (row !== undefined && p !== undefined) row[p] = (row[p] ?? 0) + 1;
  });
  const recall = confusion.map((row, c) => {
    const total = row.reduce((s, x) => s + x, 0);
    return total === 0 ? 0 : (row[c] ?? 0) / total;
  });
  const correct = confusion.reduce((s, row, c) => s + (row[c] ?? 0), 0);
  return {
    macroRecall: recall.reduce((s, r) => s + r, 0) / 3,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    confusion,
    recall,
  };
}

export function labelIndex(label: string): number {
  return CLASS_NAMES.indexOf(label as (typeof CLASS_NAMES)[number]);
}

export function formatConfusion(m: Metrics): string[] {
  const pad = (s: string | number) => String(s).padStart(9);
  return [
    `${'gold\\pred'.padEnd(9)}${CLASS_NAMES.map(pad).join('')}   recall`,
    ...m.confusion.map(
      (row, g) => `${(CLASS_NAMES[g] ?? '').padEnd(9)}${row.map(pad).join('')}   ${((m.recall[g] ?? 0) * 100).toFixed(1)}%`,
    ),
  ];
}
