/**
 * Which council an @handle belongs to: configured accounts first (the partnership knows its own
 * handles), then a guess from the handle's spelling ("@DevonCC", "@BristolCouncil", "@EastDevon").
 */
import { BoundedMap } from '../../core/bounded-map.js';
import { JurisdictionError } from './errors.js';
import { isArea, type AuthorityRegister } from './register.js';
import type { AuthorityRecord } from './types.js';

export interface AccountHit {
  /** Tells hits apart in memo keys: one number per hit object (a handle's is remembered below). */
  readonly id: number;
  /** GSS code of a council, or a body id. */
  readonly code: string;
  /** The council `code` names in the register (none for a body): looked up once per hit, not per post. */
  readonly area: AuthorityRecord | undefined;
  readonly handle: string;
  /** Configured by the partnership (true) or guessed from the spelling (false). */
  readonly configured: boolean;
}

export interface AccountIndex {
  lookup(handle: string): AccountHit | undefined;
  /** Whether any account is configured: without one, every hit is a guess. */
  readonly anyConfigured: boolean;
}

const MEMO_MAX = 50_000;
let hitCount = 0;
const SUFFIXES = ['countycouncil', 'citycouncil', 'districtcouncil', 'boroughcouncil', 'council', 'mbc', 'cc', 'dc', 'bc', 'gov', 'uk'];

export function normaliseHandle(handle: string): string {
  const h = handle.trim().toLowerCase();
  return h.startsWith('@') ? h.slice(1) : h;
}

export function createAccountIndex(register: AuthorityRegister, accounts: Readonly<Record<string, string>> = {}): AccountIndex {
  const configured = new Map<string, string>();
  for (const [handle, code] of Object.entries(accounts)) {
    const known = register.get(code)?.code ?? register.body(code)?.id;
    if (known === undefined) throw new JurisdictionError('JURISDICTION_CONFIG_INVALID', `account ${handle} maps to unknown code ${code}`);
    configured.set(normaliseHandle(handle), known);
  }
  const guessed = spellingIndex(register);
  // Handles repeat a lot (a council's own account is in thousands of posts): remember the answers.
  const memo = new BoundedMap<string, AccountHit | null>(MEMO_MAX);
  return {
    anyConfigured: configured.size > 0,
    lookup(handle) {
      const known = memo.get(handle);
      if (known !== undefined) return known ?? undefined;
      return memo.set(handle, resolveHandle(handle) ?? null) ?? undefined;
    },
  };

  function resolveHandle(handle: string): AccountHit | undefined {
    const h = normaliseHandle(handle);
    const local = h.includes('@') ? h.slice(0, h.indexOf('@')) : h; // Mastodon user@instance
    const code = configured.get(h) ?? configured.get(local);
    if (code !== undefined) return hit(code, h, true);
    const g = guessFromSpelling(guessed, local);
    return g === undefined ? undefined : hit(g, h, false);
  }

  function hit(code: string, handle: string, configured: boolean): AccountHit {
    return { id: hitCount++, code, area: register.get(code), handle, configured };
  }
}

/** Squashed council names ("eastdevon", "devon", "cityofbristol") → GSS code; ambiguous spellings dropped. */
function spellingIndex(register: AuthorityRegister): Map<string, string> {
  const index = new Map<string, string>();
  const clash = new Set<string>();
  for (const a of register.authorities) {
    if (!a.current || !(isArea(a) || a.type === 'county')) continue;
    for (const name of [a.short, a.name, ...a.aliases]) {
      const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (key.length < 4) continue;
      const prev = index.get(key);
      if (prev !== undefined && prev !== a.code) clash.add(key);
      index.set(key, a.code);
    }
  }
  for (const key of clash) index.delete(key);
  return index;
}

function guessFromSpelling(index: ReadonlyMap<string, string>, handle: string): string | undefined {
  const h = handle.replace(/[^a-z0-9]/g, '');
  for (const suffix of SUFFIXES) {
    if (h.length > suffix.length + 3 && h.endsWith(suffix)) {
      const hit = index.get(h.slice(0, -suffix.length));
      if (hit !== undefined) return hit;
    }
  }
  // A bare council name as the handle ("@EastDevon") only when it is a multi-word council name.
  const exact = index.get(h);
  return exact !== undefined && h.length >= 8 ? exact : undefined;
}
