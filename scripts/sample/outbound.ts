import type { Platform } from '../../core/contracts/post.js';
import { mentionText } from './accounts.js';
import { assemble, langFor } from './assemble.js';
import { accountAuthor } from './authors.js';
import { extractEntities } from './extract.js';
import { nativeRef } from './ids.js';
import { metricsFor } from './metrics.js';
import { render, resolveMarks } from './render.js';
import type { Run } from './run.js';
import { BANKS, type Template } from './templates/index.js';
import type { Answered, Pending } from './threads.js';
import type { Sample } from './types.js';

const THREADED_REPLY: ReadonlySet<Platform> = new Set(['x', 'bluesky', 'mastodon', 'instagram']);

/** A council account answering an earlier post in the same thread. */
export function makeReply(run: Run, p: Pending, seq: number, ms: number): Sample {
  const { rng } = run;
  const bilingual = !p.welsh && p.council.welsh === true && rng.chance(0.25);
  const welsh = p.welsh || bilingual;
  const tpl = p.welsh ? BANKS.replyCy.pick(rng) : bilingual ? BANKS.replyBilingual.pick(rng) : BANKS.reply[p.replyKind].pick(rng);
  const author = accountAuthor(p.platform, p.council, p.region);
  const marks: string[] = [];
  const body = render(tpl.nodes, {
    rng,
    platform: p.platform,
    place: p.place,
    region: p.region,
    council: p.council,
    addressed: p.council,
    other: p.other,
    welsh,
    storm: run.storm?.name ?? '',
    first: p.author.first,
    marks,
  });
  const handle = p.author.author.handle;
  const text = resolveMarks(THREADED_REPLY.has(p.platform) && handle ? `@${handle} ${body}` : body, marks);
  const ref = nativeRef({ platform: p.platform, seq, ms, author, rng, container: p.container, parentNative: p.nativeId });
  const post = assemble({
    ref,
    platform: p.platform,
    source: p.source,
    direction: 'outbound',
    tenant: p.tenant,
    author,
    text,
    ms,
    lang: langFor(p.platform, welsh, rng),
    replyTo: p.id,
    threadId: p.threadId,
    metrics: metricsFor(p.platform, 30, 'other', rng),
    geo: undefined,
    entities: extractEntities(p.platform, text),
  });
  if (rng.chance(0.3)) run.threads.addAnswered({ reply: { id: post.id, nativeId: ref.id.slice(p.platform.length + 1), ms }, original: p });
  return { post, truth: truthOf(p, tpl, 'reply', welsh) };
}

/** The resident answering the council's reply: thanks, or "still not fixed". */
export function makeFollowUp(run: Run, a: Answered, seq: number, ms: number): Sample {
  const { rng } = run;
  const p = a.original;
  const tpl = BANKS.followUp.pick(rng);
  const marks: string[] = [];
  const body = render(tpl.nodes, {
    rng,
    platform: p.platform,
    place: p.place,
    region: p.region,
    council: p.council,
    addressed: p.council,
    other: null,
    welsh: false,
    storm: run.storm?.name ?? '',
    first: '',
    marks,
  });
  const text = resolveMarks(THREADED_REPLY.has(p.platform) ? `${mentionText(p.platform, p.council, p.region)} ${body}` : body, marks);
  const ref = nativeRef({ platform: p.platform, seq, ms, author: p.author, rng, container: p.container, parentNative: p.nativeId });
  const post = assemble({
    ref,
    platform: p.platform,
    source: p.source,
    direction: 'inbound',
    tenant: p.tenant,
    author: p.author,
    text,
    ms,
    lang: langFor(p.platform, false, rng),
    replyTo: a.reply.id,
    threadId: p.threadId,
    metrics: metricsFor(p.platform, p.author.author.followers ?? 50, tpl.intent, rng),
    geo: undefined,
    entities: extractEntities(p.platform, text),
  });
  return { post, truth: { ...truthOf(p, tpl, 'followup', false), topic: tpl.topic ?? p.topic } };
}

function truthOf(p: Pending, tpl: Template, kind: 'reply' | 'followup', welsh: boolean): Sample['truth'] {
  return {
    kind,
    topic: p.topic,
    intent: tpl.intent,
    urgency: tpl.urgency === 'normal' && kind === 'reply' ? 'low' : tpl.urgency,
    lang: welsh ? 'cy' : 'en',
    place: p.place.name,
    council: p.place.council,
    addressed: kind === 'followup' ? p.council.key : null,
  };
}
