import { readFileSync } from 'node:fs';

import { compileValidator, type FieldError } from '../../../core/contracts/validate.js';
import { TaxonomyError, prefixed } from './errors.js';
import { TaxonomyFileSchema, TopicExtensionsSchema, type Term, type TopicDefinition, type TopicExtension } from './schema.js';
import { parseTerm } from './terms.js';

/** The validated topic list with lookups; immutable once built. */
export interface Taxonomy {
  readonly topics: readonly TopicDefinition[];
  readonly ids: readonly string[];
  get(id: string): TopicDefinition | undefined;
  /** The usual responsible tier (district|county|addressed|other:<body>), or undefined for an unknown id. */
  tier(id: string): string | undefined;
}

export const DEFAULT_TAXONOMY_URL = new URL('../../../data/taxonomy/topics.json', import.meta.url);

const checkFile = compileValidator(TaxonomyFileSchema);
const checkExtensions = compileValidator(TopicExtensionsSchema);

let defaultTaxonomy: Taxonomy | undefined;

/**
 * Reads and validates a taxonomy file (the shipped one by default, cached after the first call).
 * Throws TaxonomyError ('TAXONOMY_INVALID') with the path of the first bad value.
 */
export function loadTaxonomy(file?: string | URL): Taxonomy {
  if (file === undefined && defaultTaxonomy !== undefined) return defaultTaxonomy;
  const source = file ?? DEFAULT_TAXONOMY_URL;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(source, 'utf8'));
  } catch (cause) {
    throw new TaxonomyError([{ path: '', message: `cannot read taxonomy ${String(source)}` }], { cause });
  }
  const taxonomy = parseTaxonomy(value);
  if (file === undefined) defaultTaxonomy = taxonomy;
  return taxonomy;
}

/** The usual responsible tier of a topic in the shipped taxonomy (for the jurisdiction helper). */
export function topicTier(id: string): string | undefined {
  return loadTaxonomy().tier(id);
}

/** Validates a parsed taxonomy document. */
export function parseTaxonomy(value: unknown): Taxonomy {
  const checked = checkFile(value);
  if (!checked.ok) throw new TaxonomyError(checked.errors);
  const errors = checked.value.topics.flatMap((t, i) => topicErrors(t, `/topics/${i}`));
  errors.push(
    ...duplicateIdErrors(
      checked.value.topics.map((t) => t.id),
      '/topics',
    ),
  );
  if (errors.length > 0) throw new TaxonomyError(errors);
  return buildTaxonomy(checked.value.topics);
}

/**
 * Merges tenant extensions: a new id adds a topic (label and tier required), a known id gains the
 * extension's terms and exclusions (and may relabel or re-tier it).
 */
export function extendTaxonomy(base: Taxonomy, extensions: unknown): Taxonomy {
  const checked = checkExtensions(extensions);
  if (!checked.ok) throw new TaxonomyError(prefixed('/extensions', checked.errors));
  const byId = new Map(base.topics.map((t) => [t.id, t] as const));
  const errors: FieldError[] = [];
  checked.value.forEach((ext, i) => {
    const path = `/extensions/${i}`;
    const merged = mergeOne(byId.get(ext.id), ext, path, errors);
    if (merged !== undefined) byId.set(ext.id, merged);
  });
  if (errors.length > 0) throw new TaxonomyError(errors);
  return buildTaxonomy([...byId.values()]);
}

function mergeOne(
  existing: TopicDefinition | undefined,
  ext: TopicExtension,
  path: string,
  errors: FieldError[],
): TopicDefinition | undefined {
  errors.push(...topicErrors(ext, path));
  const label = ext.label ?? existing?.label;
  const tier = ext.tier ?? existing?.tier;
  if (label === undefined) errors.push({ path: `${path}/label`, message: 'a new topic needs a label' });
  if (tier === undefined) errors.push({ path: `${path}/tier`, message: 'a new topic needs a tier' });
  if (label === undefined || tier === undefined) return undefined;
  const description = ext.description ?? existing?.description;
  return {
    id: ext.id,
    label,
    ...(description === undefined ? {} : { description }),
    tier,
    terms: [...(existing?.terms ?? []), ...(ext.terms ?? [])],
    exclusions: [...(existing?.exclusions ?? []), ...(ext.exclusions ?? [])],
  };
}

/** Term syntax errors the schema cannot see (bad wildcards, terms with no words). */
function topicErrors(topic: { terms?: readonly Term[]; exclusions?: readonly string[] }, path: string): FieldError[] {
  const errors: FieldError[] = [];
  (topic.terms ?? []).forEach((term, j) => {
    const parsed = parseTerm(typeof term === 'string' ? term : term.text);
    if (!parsed.ok) errors.push({ path: `${path}/terms/${j}`, message: parsed.message });
  });
  (topic.exclusions ?? []).forEach((text, j) => {
    const parsed = parseTerm(text);
    if (!parsed.ok) errors.push({ path: `${path}/exclusions/${j}`, message: parsed.message });
  });
  return errors;
}

function duplicateIdErrors(ids: readonly string[], path: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ path: `${path}/${i}/id`, message: `duplicate topic id "${id}"` });
    seen.add(id);
  });
  return errors;
}

function buildTaxonomy(topics: readonly TopicDefinition[]): Taxonomy {
  const frozen = Object.freeze([...topics]);
  const byId = new Map(frozen.map((t) => [t.id, t] as const));
  const ids = Object.freeze(frozen.map((t) => t.id));
  return {
    topics: frozen,
    ids,
    get: (id) => byId.get(id),
    tier: (id) => byId.get(id)?.tier,
  };
}
