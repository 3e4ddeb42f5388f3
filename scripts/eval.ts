/**
 * `npm run eval`: every evaluation on the project's labelled data, one section each. The figures
 * printed here are the ones the README quotes and the floor tests guard.
 */
interface EvalSection {
  readonly title: string;
  readonly lines: readonly string[];
  readonly metrics: Readonly<Record<string, number>>;
}

const areas = ['sentiment', 'topics', 'enrichment', 'urgency', 'jurisdiction'];

for (const area of areas) {
  const mod = (await import(`./eval/${area}.js`)) as { run: () => Promise<EvalSection> };
  const section = await mod.run();
  process.stdout.write(`\n=== ${section.title} ===\n${section.lines.join('\n')}\n`);
}
