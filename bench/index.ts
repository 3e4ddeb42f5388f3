/**
 * `npm run bench`: every benchmark, each pipeline mode in its own process so its peak RSS is its own.
 * BENCH_POSTS sets the stream size (default 100,000). Names on the command line run just those
 * benchmarks (`npm run bench -- chain jurisdiction`, `pipeline` for the four pipeline modes).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { printResults, type BenchResult } from './result.js';

const run = promisify(execFile);
const count = process.env['BENCH_POSTS'] ?? '100000';
const pipelineScript = fileURLToPath(new URL('./pipeline.ts', import.meta.url));

async function pipeline(bus: string, chain: string): Promise<BenchResult[]> {
  const { stdout } = await run(process.execPath, [...process.execArgv, pipelineScript, bus, chain, count], { maxBuffer: 1 << 20 });
  const last = stdout.trim().split('\n').at(-1) ?? '[]';
  return JSON.parse(last) as BenchResult[];
}

const modules = ['chain', 'sentiment', 'topics', 'enrichment', 'jurisdiction', 'bus', 'store'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => name !== 'pipeline' && !modules.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}: choose from pipeline, ${modules.join(', ')}\n`);
  process.exit(64);
}
const wanted = (name: string): boolean => chosen.length === 0 || chosen.includes(name);

process.stdout.write(`Civic Pulse benchmarks on ${count} generated posts (node ${process.version})\n`);
for (const [bus, chain] of [
  ['memory', 'default'],
  ['nats', 'default'],
  ['memory', 'empty'],
  ['nats', 'empty'],
] as const) {
  if (!wanted('pipeline')) break;
  printResults(`pipeline: ${bus} bus, ${chain} chain`, await pipeline(bus, chain));
}
for (const name of modules.filter(wanted)) {
  const mod = (await import(`./${name}.js`)) as { run: () => Promise<BenchResult[]> };
  printResults(name, await mod.run());
}
