import type { Platform } from '../../core/contracts/post.js';
import { canMention, mentionText } from './accounts.js';
import { at, type Rng } from './prng.js';
import { toTag } from './tags.js';
import { SLOT_IDS, type SlotId, type TemplateNode } from './templates/index.js';
import { AMOUNTS, BINS, EMOJI, FESTIVE, FIRST_NAMES, PERCENTS, SCHOOLS, TIMES, WEEKDAYS, type EmojiMood } from './vocab.js';
import type { Account, Council, Place, Region } from './world/index.js';

/**
 * Stands in for an @mention while noise (case, typos) is applied to the text, so handles come out
 * exactly as the platform would report them.
 */
export const MENTION_MARK = '\u0001';

export interface RenderContext {
  readonly rng: Rng;
  readonly platform: Platform;
  readonly place: Place;
  readonly region: Region;
  /** Council whose name and website a slot uses when the addressee is not a council. */
  readonly council: Council;
  readonly addressed: Account;
  readonly other: Account | null;
  readonly welsh: boolean;
  readonly storm: string;
  readonly first: string;
  /** Mention texts in the order their marks appear. */
  readonly marks: string[];
}

/** Swaps each mention mark for its mention text, in order. */
export function resolveMarks(text: string, marks: readonly string[]): string {
  let out = text;
  for (const mark of marks) {
    const at = out.indexOf(MENTION_MARK);
    if (at < 0) break;
    out = out.slice(0, at) + mark + out.slice(at + 1);
  }
  return out;
}

const SPACE = 32;

/** True for . , ! ? which never follow a space in tidy text. */
function isStop(code: number): boolean {
  return code === 46 || code === 44 || code === 33 || code === 63;
}

/**
 * Concatenates template pieces, dropping the doubled, leading and trailing spaces and the spaces
 * before punctuation that empty optional groups leave behind.
 */
class TextBuilder {
  private text = '';
  private last = 0;

  push(piece: string): void {
    let p = piece;
    while (p.length > 0 && p.charCodeAt(0) === SPACE && (this.last === SPACE || this.last === 0)) p = p.slice(1);
    if (p.length === 0) return;
    if (this.last === SPACE && isStop(p.charCodeAt(0))) this.text = this.text.slice(0, -1);
    this.text += p;
    this.last = p.charCodeAt(p.length - 1);
  }

  done(): string {
    return this.last === SPACE ? this.text.trimEnd() : this.text;
  }
}

/** Renders a compiled template: picks each choice, fills each slot, tidies spacing as it goes. */
export function render(nodes: readonly TemplateNode[], ctx: RenderContext): string {
  const out = new TextBuilder();
  renderInto(nodes, ctx, out);
  return out.done();
}

function renderInto(nodes: readonly TemplateNode[], ctx: RenderContext, out: TextBuilder): void {
  for (const node of nodes) {
    if (typeof node === 'string') out.push(node);
    else if (typeof node === 'number') out.push(fill(at(SLOT_IDS, node), ctx));
    else renderInto(at(node.options, ctx.rng.int(node.options.length)), ctx, out);
  }
}

function mention(account: Account, ctx: RenderContext): string {
  if (!canMention(ctx.platform)) return account.name;
  ctx.marks.push(mentionText(ctx.platform, account, ctx.region));
  return MENTION_MARK;
}

const emoji = (mood: EmojiMood, rng: Rng): string => rng.pick(EMOJI[mood]);

function fill(slot: SlotId, ctx: RenderContext): string {
  const { rng, place } = ctx;
  switch (slot) {
    case 'place':
      return ctx.welsh && place.nameCy ? place.nameCy : place.name;
    case 'area':
      return rng.pick(place.areas);
    case 'street':
      return rng.pick(place.streets);
    case 'road':
      return rng.pick(place.roads);
    case 'council':
      return mention(ctx.addressed, ctx);
    case 'council_name':
      return 'tier' in ctx.addressed ? ctx.addressed.name : ctx.council.name;
    case 'police':
      return mention(ctx.region.police, ctx);
    case 'water':
      return mention(ctx.region.water, ctx);
    case 'other':
      return ctx.other ? mention(ctx.other, ctx) : 'the right team';
    case 'day':
      return rng.pick(WEEKDAYS);
    case 'days':
      return String(rng.range(2, 12));
    case 'weeks':
      return String(rng.range(2, 8));
    case 'months':
      return String(rng.range(2, 11));
    case 'time':
      return rng.pick(TIMES);
    case 'bus':
      return rng.pick(ctx.region.busRoutes);
    case 'busop':
      return rng.pick(ctx.region.busOps);
    case 'trainop':
      return mention(rng.pick(ctx.region.trainOps), ctx);
    case 'station':
      return place.station;
    case 'num':
      return String(rng.range(1, 180));
    case 'ref':
      return String(rng.range(100000, 99999999));
    case 'bin':
      return rng.pick(BINS);
    case 'park':
      return place.parks.length > 0 && rng.chance(0.85) ? rng.pick(place.parks) : 'the park';
    case 'school':
      return rng.pick(SCHOOLS);
    case 'storm':
      return ctx.storm;
    case 'storm_tag':
      return `#${toTag(ctx.storm)}`;
    case 'place_tag':
      return `#${toTag(place.name)}`;
    case 'amount':
      return rng.pick(AMOUNTS);
    case 'pct':
      return rng.pick(PERCENTS);
    case 'first':
      return ctx.first;
    case 'domain':
      return ('domain' in ctx.addressed ? (ctx.addressed as Council) : ctx.council).domain;
    case 'festive':
      return rng.pick(FESTIVE);
    case 'minutes':
      return String(rng.range(2, 18) * 5);
    case 'hours':
      return String(rng.range(2, 9));
    case 'name':
      return rng.pick(FIRST_NAMES);
    case 'river':
      return rng.pick(place.rivers);
    case 'sign':
      return rng.chance(0.45) ? `^${initial(rng)}${initial(rng)}` : '';
    case 'emo_angry':
      return emoji('angry', rng);
    case 'emo_sad':
      return emoji('sad', rng);
    case 'emo_happy':
      return emoji('happy', rng);
    case 'emo_laugh':
      return emoji('laugh', rng);
    case 'emo_weather':
      return emoji('weather', rng);
    case 'emo_q':
      return emoji('question', rng);
    case 'emo_warn':
      return emoji('warn', rng);
  }
}

const initial = (rng: Rng): string => String.fromCharCode(65 + rng.int(26));
