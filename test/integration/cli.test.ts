/** The CLI as a user runs it: `tag` over stdin, and `start` with persistence across a restart. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../support/processes.js';

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civicpulse-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('civicpulse tag', () => {
  it('writes one line per input line, in order, with the stored fields; bad lines become error lines', { timeout: 60_000 }, async () => {
    const input = [
      JSON.stringify({ text: 'Pothole the size of a bath on the A38 near Plymouth, absolutely awful' }),
      '{not json',
      JSON.stringify({
        text: 'Thank you to the crews who cleared the fallen tree in Exmouth, brilliant work!',
        platform: 'facebook',
        id: 'facebook:1_2',
      }),
      '',
      JSON.stringify({ text: 7 }),
      JSON.stringify({ text: 'Gas smell on Fore Street Exeter, getting stronger' }),
    ].join('\n');
    const proc = runCli(['tag'], {}, { stdin: input });
    expect(await proc.exited).toBe(1);
    const lines = proc
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'cli:1', platform: 'webform', direction: 'inbound' });
    expect(lines[0]).toHaveProperty('sentiment.label', 'negative');
    expect((lines[0]!.topics as { id: string }[]).map((t) => t.id)).toContain('potholes_roads');
    expect(lines[0]).toHaveProperty('jurisdiction.code');
    expect(lines[1]).toEqual({ line: 2, error: { code: 'MALFORMED_JSON', message: expect.any(String) } });
    expect(lines[2]).toMatchObject({ id: 'facebook:1_2', platform: 'facebook', sentiment: { label: 'positive' } });
    expect(lines[3]).toMatchObject({ line: 5, error: { code: 'INVALID_POST' } });
    expect(lines[4]).toMatchObject({ id: 'cli:6', urgency: 'emergency' });
    for (const field of ['language', 'entities', 'intent', 'needs_response', 'urgency', 'queries', 'routes', 'tenant', 'processed_at']) {
      expect(lines[0]).toHaveProperty(field);
    }
    expect(proc.stderr()).toMatch(/tagged 3 posts, 2 error line\(s\)/);
  });
});

describe('civicpulse start', () => {
  it(
    'replays a file, serves the API, shuts down cleanly on SIGTERM and keeps its data across a restart',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const file = join(dir, 'posts.ndjson');
      const post = (i: number): string =>
        JSON.stringify({
          id: `x:${i}`,
          platform: 'x',
          source: 'cli-test',
          direction: 'inbound',
          author: { id: 'a', handle: 'a', name: 'A' },
          text: `Street light ${i} out in Exeter`,
          created_at: '2026-11-20T08:00:00Z',
          mentions: [],
          hashtags: [],
          links: [],
        });
      writeFileSync(file, `${[1, 2, 3, 4, 5].map(post).join('\n')}\n{broken\n`);
      const env = { CP_DATA_DIR: join(dir, 'data'), CP_REPLAY_FILE: file, PORT: '0' };

      const first = runCli(['start'], env);
      const [, url] = await first.waitForLine(/running at (http:\/\/[^\s]+)/);
      await first.waitForLine(/5 posts published, 1 dead-lettered/);
      expect(((await (await fetch(`${url}/v1/posts/count`)).json()) as { count: number }).count).toBe(5);
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/civicpulse_posts_processed_total\{platform="x"\} 5/);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = runCli(['start'], { ...env, CP_REPLAY_FILE: '' });
      const [, url2] = await second.waitForLine(/running at (http:\/\/[^\s]+)/);
      expect(((await (await fetch(`${url2}/v1/posts/count`)).json()) as { count: number }).count).toBe(5);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
  );

  it('fails fast with every configuration problem listed', { timeout: 30_000 }, async () => {
    const proc = runCli(['start'], { PORT: 'http', CP_BUS: 'kafka' });
    expect(await proc.exited).toBe(78);
    expect(proc.stderr()).toMatch(/PORT="http"/);
    expect(proc.stderr()).toMatch(/CP_BUS="kafka"/);
  });
});
