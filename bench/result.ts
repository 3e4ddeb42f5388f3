/** One measured figure. Every bench module's `run()` returns a list of these. */
export interface BenchResult {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
}

export function printResults(title: string, results: readonly BenchResult[]): void {
  process.stdout.write(`\n${title}\n`);
  for (const r of results) process.stdout.write(`  ${r.name.padEnd(58)} ${formatValue(r.value).padStart(12)} ${r.unit}\n`);
}

function formatValue(v: number): string {
  return v >= 100 ? Math.round(v).toLocaleString('en-GB') : v.toFixed(2);
}
