/** Locates and reads the jurisdiction data files once, at start-up. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { JurisdictionError } from './errors.js';

// Source runs from processors/jurisdiction/, a build from dist/processors/jurisdiction/.
const CANDIDATE_ROOTS = ['../../', '../../../', '../../../../'];

export function jurisdictionDataPath(relative: string): string {
  for (const root of CANDIDATE_ROOTS) {
    const path = fileURLToPath(new URL(`${root}data/${relative}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new JurisdictionError('JURISDICTION_DATA_MISSING', `data/${relative} not found`);
}

/** The file's text, gunzipped when it ends in .gz. */
export function readDataText(relative: string): string {
  const buf = readFileSync(jurisdictionDataPath(relative));
  return (relative.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/**
 * Parses a JSON data file written by scripts/build-jurisdiction-data.ts. The check is shallow (the
 * named key must exist): the files are ours, generated and tested, not user input.
 */
export function readDataJson<T>(relative: string, requiredKey: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readDataText(relative));
  } catch (cause) {
    throw new JurisdictionError('JURISDICTION_DATA_INVALID', `data/${relative} is not valid JSON`, { cause });
  }
  const ok = typeof parsed === 'object' && parsed !== null && (parsed as Record<string, unknown>)[requiredKey] !== undefined;
  if (!ok) throw new JurisdictionError('JURISDICTION_DATA_INVALID', `data/${relative} has no '${requiredKey}'`);
  return parsed as T;
}
