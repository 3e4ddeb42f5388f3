/**
 * The one CLI: `civicpulse <command>`. Configuration comes from the environment (see README);
 * flags only choose what a command does.
 */
import { parseArgs } from 'node:util';
import { loadConfig, configTable, type Config } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import { createLogger } from '../core/log.js';
import { openConfiguredStore } from './runtime.js';

const USAGE = `Usage: civicpulse <command> [options]

Commands:
  start                  everything in one process: in-process bus, embedded ClickHouse (chdb),
                         replays CP_REPLAY_FILE, serves the API (default command)
  ingest [--file F] [--rate N] [--format ndjson|csv]
                         distributed ingest: replay a file onto NATS, or serve HTTP ingest
  processor              distributed processor: consume, tag, store (run several to scale)
  api                    distributed read API
  migrate                apply database migrations and exit
  tag                    NDJSON posts on stdin -> tagged posts on stdout
  config                 print the configuration variables and their defaults

Environment variables configure everything; run 'civicpulse config' to list them.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      rate: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'start';
  if (values.help === true || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'config') {
    for (const row of configTable()) process.stdout.write(`${row.env.padEnd(22)} ${(row.default || '-').padEnd(26)} ${row.doc}\n`);
    return 0;
  }
  const config = loadConfig();
  return run(command, config, values);
}

async function run(command: string, config: Config, values: { file?: string; rate?: string; format?: string }): Promise<number> {
  // `tag` writes data to stdout, so its logs go to stderr.
  const logger = createLogger(config.logLevel, {}, command === 'tag' ? 2 : 1);
  switch (command) {
    case 'start':
      await (await import('./commands/start.js')).start(config, logger);
      return 0;
    case 'ingest':
      await (
        await import('./commands/distributed.js')
      ).ingest(config, logger, {
        ...(values.file !== undefined ? { file: values.file } : {}),
        ...(values.rate !== undefined ? { rate: parseRate(values.rate) } : {}),
        ...(values.format === 'csv' || values.format === 'ndjson' ? { format: values.format } : {}),
      });
      return 0;
    case 'processor':
      await (await import('./commands/distributed.js')).processor(config, logger);
      return 0;
    case 'api':
      await (await import('./commands/distributed.js')).api(config, logger);
      return 0;
    case 'migrate': {
      const store = await openConfiguredStore(config, logger);
      const report = await store.migrate();
      process.stdout.write(`${JSON.stringify(report)}\n`);
      await store.close();
      return 0;
    }
    case 'tag': {
      const { createDefaultChain } = await import('../processors/index.js');
      const { readPartnershipFile } = await import('../processors/jurisdiction/index.js');
      const { tagStream } = await import('./commands/tag.js');
      const chain = createDefaultChain({
        defaultTenant: config.tenant,
        partnership: readPartnershipFile(config.partnershipFile),
        urgencyNet: config.urgencyNet === 'on',
      });
      const report = await tagStream(chain, process.stdin, process.stdout);
      process.stderr.write(`tagged ${report.tagged} posts, ${report.errors} error line(s)\n`);
      return report.errors > 0 ? 1 : 0;
    }
    default:
      process.stderr.write(`unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
  }
}

function parseRate(text: string): number {
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate < 0) throw new ConfigError([`--rate must be a number >= 0, got ${JSON.stringify(text)}`]);
  return rate;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      err instanceof ConfigError ? `${err.message}\n` : `civicpulse: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = err instanceof ConfigError ? 78 : 1;
  },
);
