/**
 * Point-in-boundary for geotagged posts. The 2013 district polygons (tagged with today's council)
 * are decoded once into typed arrays; a coarse grid picks the few polygons near a point and a
 * per-polygon band index limits the ray cast to the edges crossing the point's latitude.
 */
import { BoundedMap } from '../../core/bounded-map.js';
import { readDataJson } from './data-files.js';
import type { BoundariesFile, BoundaryFeature } from './types.js';

export interface BoundaryHit {
  /** GSS code of the current lower-tier/unitary council. */
  readonly code: string;
  /** False when the point fell outside every (simplified) polygon and the nearest was taken. */
  readonly inside: boolean;
}

export interface Boundaries {
  locate(lat: number, lon: number): BoundaryHit | null;
  readonly featureCount: number;
}

interface Poly {
  readonly code: string;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly bandH: number;
  /** Per band: edges as x1,y1,x2,y2 quadruples. */
  readonly bands: readonly Int32Array[];
  /** The answers naming this polygon, made once: a geotagged post allocates no hit. */
  readonly inside: BoundaryHit;
  readonly near: BoundaryHit;
}

const BANDS = 48;
const CELL_DEG = 0.25;
/** Nearest-polygon fallback reach for coastal points (degrees). */
const NEAR_DEG = 0.1;
const OFFSHORE_MAX = 50_000;

let cached: Boundaries | undefined;

export function loadBoundaries(): Boundaries {
  cached ??= buildBoundaries(readDataJson<BoundariesFile>('boundaries/lad.json.gz', 'features'));
  return cached;
}

export function buildBoundaries(file: BoundariesFile): Boundaries {
  const scale = file.scale;
  const polys = file.features.map(toPoly);
  const cellUnits = CELL_DEG * scale;
  const reach = NEAR_DEG * scale;
  const grid = cellIndex(polys, cellUnits, 0);
  // The polygons within reach of each cell, for the nearest-polygon fallback (in polygon order, so
  // ties go to the same polygon as a scan of them all).
  const nearGrid = cellIndex(polys, cellUnits, reach);
  // Points outside every polygon (coast, estuaries) cost a scan of nearby edges; web-form pins and
  // phones at the same spot repeat, so the answers are kept, by the point to about 10 m.
  const offshore = new BoundedMap<number, BoundaryHit | null>(OFFSHORE_MAX);
  return {
    featureCount: polys.length,
    locate(lat, lon) {
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
      const x = Math.round(lon * scale);
      const y = Math.round(lat * scale);
      const key = cellKey(Math.floor(x / cellUnits), Math.floor(y / cellUnits));
      const cell = grid.get(key);
      if (cell !== undefined) {
        for (const idx of cell) {
          const p = polys[idx] as Poly;
          if (x >= p.minX && x <= p.maxX && y >= p.minY && y <= p.maxY && contains(p, x, y)) return p.inside;
        }
      }
      const spot = x * 1_000_000 + y;
      const known = offshore.get(spot);
      if (known !== undefined) return known;
      const near = nearGrid.get(key);
      return offshore.set(spot, near === undefined ? null : nearest(polys, near, x, y, reach));
    },
  };
}

/** Cell key → indexes of the polygons whose bounding box, grown by `margin`, meets the cell. */
function cellIndex(polys: readonly Poly[], cellUnits: number, margin: number): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  for (const [idx, p] of polys.entries()) {
    for (let cx = Math.floor((p.minX - margin) / cellUnits); cx <= Math.floor((p.maxX + margin) / cellUnits); cx++) {
      for (let cy = Math.floor((p.minY - margin) / cellUnits); cy <= Math.floor((p.maxY + margin) / cellUnits); cy++) {
        const key = cellKey(cx, cy);
        const list = grid.get(key);
        if (list === undefined) grid.set(key, [idx]);
        else list.push(idx);
      }
    }
  }
  return grid;
}

function cellKey(cx: number, cy: number): number {
  return (cx + 2000) * 10_000 + (cy + 2000);
}

function toPoly(f: BoundaryFeature): Poly {
  const [minX, minY, maxX, maxY] = f.bbox;
  const bandH = Math.max(1, Math.ceil((maxY - minY + 1) / BANDS));
  const lists: number[][] = Array.from({ length: BANDS }, () => []);
  for (const enc of f.rings) {
    const pts = decodeRing(enc);
    for (let i = 0; i < pts.length; i += 2) {
      const j = i === 0 ? pts.length - 2 : i - 2;
      const x1 = pts[j] as number;
      const y1 = pts[j + 1] as number;
      const x2 = pts[i] as number;
      const y2 = pts[i + 1] as number;
      const b0 = Math.floor((Math.min(y1, y2) - minY) / bandH);
      const b1 = Math.floor((Math.max(y1, y2) - minY) / bandH);
      for (let b = Math.max(0, b0); b <= Math.min(BANDS - 1, b1); b++) (lists[b] as number[]).push(x1, y1, x2, y2);
    }
  }
  const bands = lists.map((l) => Int32Array.from(l));
  return {
    code: f.code,
    minX,
    minY,
    maxX,
    maxY,
    bandH,
    bands,
    inside: { code: f.code, inside: true },
    near: { code: f.code, inside: false },
  };
}

function decodeRing(enc: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < enc.length; i += 2) {
    x += enc[i] as number;
    y += enc[i + 1] as number;
    out.push(x, y);
  }
  return out;
}

/** Even-odd ray cast over the edges in the point's band (holes and islands fall out of the parity). */
function contains(p: Poly, x: number, y: number): boolean {
  const band = p.bands[Math.min(BANDS - 1, Math.floor((y - p.minY) / p.bandH))];
  if (band === undefined) return false;
  let c = false;
  for (let k = 0; k < band.length; k += 4) {
    const x1 = band[k] as number;
    const y1 = band[k + 1] as number;
    const x2 = band[k + 2] as number;
    const y2 = band[k + 3] as number;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) c = !c;
  }
  return c;
}

function nearest(polys: readonly Poly[], candidates: readonly number[], x: number, y: number, reach: number): BoundaryHit | null {
  let best: Poly | null = null;
  let bestD = reach;
  for (const idx of candidates) {
    const p = polys[idx] as Poly;
    if (x < p.minX - bestD || x > p.maxX + bestD || y < p.minY - bestD || y > p.maxY + bestD) continue;
    for (const band of p.bands) {
      for (let k = 0; k < band.length; k += 4) {
        const ax = band[k] as number;
        const ay = band[k + 1] as number;
        const bx = band[k + 2] as number;
        const by = band[k + 3] as number;
        // An edge whose box lies farther than the best distance (plus a unit for rounding) cannot beat it.
        if (farFromBox(x, y, ax, ay, bx, by, bestD + 1)) continue;
        const d = segDist(x, y, ax, ay, bx, by);
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
    }
  }
  return best === null ? null : best.near;
}

function farFromBox(px: number, py: number, ax: number, ay: number, bx: number, by: number, d: number): boolean {
  return (
    (ax < bx ? ax - px : bx - px) > d || px - (ax < bx ? bx : ax) > d || (ay < by ? ay - py : by - py) > d || py - (ay < by ? by : ay) > d
  );
}

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
