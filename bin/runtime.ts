/** Builds the stages' resources from configuration: one place that knows which implementation runs. */
import { join, resolve } from 'node:path';
import type { Config } from '../core/config.js';
import type { Bus } from '../core/bus/types.js';
import type { Store } from '../core/store/types.js';
import type { Logger } from '../core/log.js';
import { createMemoryBus } from '../core/bus/memory.js';
import { connectNatsBus } from '../core/bus/jetstream.js';
import { openStore } from '../core/store/index.js';

export async function openBus(config: Config, logger: Logger, fallback: 'memory' | 'nats'): Promise<Bus> {
  const kind = config.bus ?? fallback;
  const bus =
    kind === 'memory'
      ? createMemoryBus()
      : await connectNatsBus({
          servers: config.natsUrl.split(',').map((s) => s.trim()),
          name: 'civicpulse',
          ...(config.natsUser !== undefined ? { user: config.natsUser } : {}),
          ...(config.natsPassword !== undefined ? { pass: config.natsPassword } : {}),
          ...(config.natsToken !== undefined ? { token: config.natsToken } : {}),
          streamReplicas: config.streamReplicas,
          logger,
        });
  await bus.ensureStreams();
  logger.info({ module: 'bus', kind }, 'bus ready');
  return bus;
}

export async function openConfiguredStore(config: Config, logger: Logger): Promise<Store> {
  const store =
    config.store === 'http' && config.clickhouseUrl !== undefined
      ? await openStore({
          kind: 'http',
          url: config.clickhouseUrl,
          username: config.clickhouseUser,
          ...(config.clickhousePassword !== undefined ? { password: config.clickhousePassword } : {}),
          database: config.clickhouseDatabase,
        })
      : await openStore({ kind: 'chdb', path: resolve(join(config.dataDir, 'clickhouse')), database: config.clickhouseDatabase });
  logger.info({ module: 'store', kind: store.kind, database: store.database }, 'store open');
  return store;
}
