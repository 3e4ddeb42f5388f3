import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the VADER release files are read from when training (not needed at run time). */
export const VADER_DIR = process.env['VADER_DIR'] ?? '/work/shared/data/vader';
export const TWEETEVAL_FILE = fileURLToPath(new URL('../../test/data/tweeteval/val.ndjson', import.meta.url));

export const CORPORA = ['tweets', 'nytEditorialSnippets', 'movieReviewSnippets', 'amazonReviewSnippets'] as const;
export type Corpus = (typeof CORPORA)[number];

export interface RatedText {
  readonly corpus: Corpus;
  readonly id: string;
  readonly text: string;
  /** Mean human rating, -4..4 (the GroundTruth file's). */
  readonly mean: number;
  /** Share of raters who rated below zero, at zero and above zero. */
  readonly raterShares: readonly [number, number, number];
}

export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
}

export function loadCorpus(corpus: Corpus, dir = VADER_DIR): RatedText[] {
  const shares = new Map<string, [number, number, number]>();
  for (const line of readLines(join(dir, `${corpus}_anonDataRatings.txt`))) {
    const [id, , , raw] = line.split('\t');
    if (id === undefined || raw === undefined) continue;
    const ratings = raw
      .replace(/[[\]\s]/g, '')
      .split(',')
      .map(Number);
    const count = (f: (r: number) => boolean) => ratings.filter(f).length / ratings.length;
    shares.set(id, [count((r) => r < 0), count((r) => r === 0), count((r) => r > 0)]);
  }
  return readLines(join(dir, `${corpus}_GroundTruth.txt`)).map((line) => {
    const [id = '', mean = '0', ...rest] = line.split('\t');
    const s = shares.get(id);
    if (s === undefined) throw new Error(`${corpus}: no ratings for ${id}`);
    return { corpus, id, mean: Number(mean), text: rest.join('\t'), raterShares: s };
  });
}

export interface LabelledText {
  readonly text: string;
  /** 0 negative, 1 neutral, 2 positive. */
  readonly label: number;
}

export function loadTweetEval(file = TWEETEVAL_FILE): LabelledText[] {
  return readLines(file).map((l) => {
    const row = JSON.parse(l) as { text: string; label: number };
    return { text: row.text, label: row.label };
  });
}
