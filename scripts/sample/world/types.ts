export const COUNCIL_TIERS = ['county', 'district', 'unitary'] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

/** Any account a resident might address: a council, or another public body. */
export interface Account {
  readonly key: string;
  readonly name: string;
  /** X-style handle without the @; other platforms derive theirs from it. */
  readonly handle: string;
}

export interface Council extends Account {
  readonly tier: CouncilTier;
  /** Website host, used in replies' links. */
  readonly domain: string;
  readonly tenant?: string;
  readonly welsh?: boolean;
}

export interface Region {
  readonly key: string;
  readonly busOps: readonly string[];
  readonly busRoutes: readonly string[];
  readonly trainOps: readonly Account[];
  readonly police: Account;
  readonly fire: Account;
  readonly water: Account;
  readonly mastodon: string;
  /** Fictional local news outlet whose RSS feed we ingest (reserved .example domain). */
  readonly outlet: { readonly key: string; readonly name: string; readonly domain: string };
  /** Regions the sample's storm hits. */
  readonly stormPath: boolean;
}

export interface Place {
  readonly name: string;
  /** Welsh name where it differs (Caerdydd, Abertawe). */
  readonly nameCy?: string;
  /** Lower-tier or unitary council. */
  readonly council: string;
  /** Upper-tier council in two-tier areas. */
  readonly county?: string;
  readonly region: string;
  readonly lat: number;
  readonly lon: number;
  readonly radiusKm: number;
  /** Relative share of posts. */
  readonly weight: number;
  readonly areas: readonly string[];
  readonly streets: readonly string[];
  readonly roads: readonly string[];
  readonly parks: readonly string[];
  readonly station: string;
  readonly rivers: readonly string[];
  readonly subreddit: string;
  /** Share of this place's posts written in Welsh. */
  readonly welsh: number;
}
