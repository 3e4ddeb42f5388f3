import { describe, expect, it } from 'vitest';
import { loadConfig, configTable } from '../../../core/config.js';
import { ConfigError } from '../../../core/errors.js';

describe('loadConfig', () => {
  it('runs on defaults: embedded store, documented port', () => {
    const config = loadConfig({});
    expect(config.store).toBe('chdb');
    expect(config.port).toBe(3000);
    expect(config.batchMax).toBe(2000);
    expect(config.bus).toBeUndefined();
  });

  it('parses numbers and picks the HTTP store when CLICKHOUSE_URL is set', () => {
    const config = loadConfig({ PORT: '8080', CLICKHOUSE_URL: 'http://ch:8123', CP_BUS: 'nats' });
    expect(config).toMatchObject({ port: 8080, store: 'http', clickhouseUrl: 'http://ch:8123', bus: 'nats' });
  });

  it('lists every problem at once, naming the variables, and hides secrets', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', CP_BUS: 'kafka', CP_BATCH_MAX: '0', NATS_PASSWORD: 'hunter2', CP_STREAM_REPLICAS: '9' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).code).toBe('CONFIG_INVALID');
    expect(problems).toMatch(/PORT="eighty"/);
    expect(problems).toMatch(/CP_BUS="kafka"/);
    expect(problems).toMatch(/CP_BATCH_MAX="0"/);
    expect(problems).toMatch(/CP_STREAM_REPLICAS/);
    expect(problems).not.toMatch(/hunter2/);
  });

  it('treats an empty CP_REPLAY_FILE as "replay nothing" but an unset one as the sample', () => {
    expect(loadConfig({ CP_REPLAY_FILE: '' }).replayFile).toBe('');
    expect(loadConfig({}).replayFile).toBe('data/sample/posts.ndjson');
  });

  it('refuses the HTTP store without a URL', () => {
    expect(() => loadConfig({ CP_STORE: 'http' })).toThrow(/CLICKHOUSE_URL/);
  });

  it('documents every variable', () => {
    for (const row of configTable()) expect(row.doc.length).toBeGreaterThan(10);
  });
});
