import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { collectItems, createAnalysis } from '../../processors/taggers/sentiment/analysis.js';
import { DATA_FILES, DEFAULT_DATA_DIR, type VaderLexiconFile } from '../../processors/taggers/sentiment/data.js';
import { buildLexicon } from '../../processors/taggers/sentiment/lexicon.js';
import { applyRules, DEFAULT_RULE_OPTIONS } from '../../processors/taggers/sentiment/rules.js';
import { tokenize } from '../../processors/text/tokens.js';
import { readLines, VADER_DIR } from './corpora.js';

/**
 * data/sentiment/vader-lexicon.json from VADER's release: word valences lower-cased (the last entry
 * wins, as in VADER's own dict), and each emoji's valence = the rule-scored sum of its description
 * ("face with tears of joy"), which is what VADER computes when it swaps emoji for descriptions.
 */
export function deriveVaderLexicon(dir = VADER_DIR): VaderLexiconFile {
  const words: Record<string, number> = {};
  for (const line of readLines(join(dir, 'vader_lexicon.txt'))) {
    const [token, mean] = line.split('\t');
    if (token === undefined || mean === undefined) continue;
    words[token.toLowerCase()] = Number(mean);
  }
  const lexicon = buildLexicon({ about: '', words, emoji: {} });
  // Descriptions are lower-cased: "OK hand" is a name, not shouting.
  const a = createAnalysis();
  const emoji: Record<string, number> = {};
  for (const line of readLines(join(dir, 'emoji_utf8_lexicon.txt'))) {
    const [symbol, description] = line.split('\t');
    if (symbol === undefined || description === undefined) continue;
    collectItems(tokenize(description.toLowerCase()), lexicon, a);
    applyRules(a, lexicon, DEFAULT_RULE_OPTIONS);
    if (a.sum !== 0) emoji[symbol.replaceAll('\uFE0F', '')] = Math.round(a.sum * 1000) / 1000;
  }
  return {
    about:
      'Derived from VADER (Hutto & Gilbert 2014, MIT licence, LICENSE-VADER.txt): vader_lexicon.txt mean valences lower-cased; emoji valences = rule-scored sum of emoji_utf8_lexicon.txt descriptions. Regenerate with npx tsx scripts/train-sentiment.ts.',
    words,
    emoji,
  };
}

export function writeVaderLexicon(file: VaderLexiconFile, outDir = DEFAULT_DATA_DIR): string {
  const path = join(outDir, DATA_FILES.vader);
  writeFileSync(path, `${JSON.stringify(file, null, 0)}\n`);
  return path;
}
