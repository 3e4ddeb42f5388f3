/**
 * Writes the bundled sample stream that `npm start` replays, deterministically:
 *   npx tsx scripts/make-sample.ts
 * data/sample/posts.ndjson (3,000 posts), posts.csv (200 of them) and bad.ndjson (20 broken lines).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_FILE_NAMES, sampleFiles } from './sample/index.js';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');

async function main(): Promise<void> {
  const files = sampleFiles();
  await mkdir(OUT_DIR, { recursive: true });
  for (const name of SAMPLE_FILE_NAMES) {
    const content = files[name];
    await writeFile(join(OUT_DIR, name), content, 'utf8');
    const lines = content.split('\n').length - 1;
    console.log(`wrote data/sample/${name} (${lines} lines, ${(Buffer.byteLength(content) / 1024).toFixed(0)} KiB)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
