/**
 * The Fastify application as a plugin tree. `buildApp` wires what it is given and nothing else, so
 * tests load it with `inject()` and the CLI decides which stages run in which process.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Bus } from '../core/bus/types.js';
import type { Store } from '../core/store/types.js';
import type { Metrics } from '../core/metrics.js';
import type { Logger } from '../core/log.js';
import type { PostPublisher } from '../ingest/publisher.js';
import ingestRoutes from '../ingest/routes.js';
import errorsPlugin from './plugins/errors.js';
import { validatorCompiler } from './validation.js';
import healthRoutes from './routes/health.js';
import postRoutes from './routes/posts.js';
import deadLetterRoutes from './routes/dead-letters.js';

export interface AppOptions {
  readonly bus: Bus;
  readonly metrics: Metrics;
  readonly logger: Logger;
  /** Checked by /ready; with `readApi` also serves the read API (posts, insights). */
  readonly store?: Store;
  readonly readApi?: boolean;
  /** Enables HTTP ingest. */
  readonly publisher?: PostPublisher;
  readonly maxBodyBytes: number;
  /** Further route plugins (e.g. jurisdiction), registered after the core routes. */
  readonly plugins?: readonly FastifyPluginAsync[];
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify<Server, IncomingMessage, ServerResponse, FastifyBaseLogger>({
    loggerInstance: opts.logger,
    bodyLimit: opts.maxBodyBytes,
  });
  app.setValidatorCompiler(validatorCompiler);
  await app.register(errorsPlugin);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Civic Pulse API', version: '0.1.0', description: 'Social listening and routing for public bodies' },
      tags: [{ name: 'posts' }, { name: 'ingest' }, { name: 'jurisdiction' }, { name: 'operations' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(healthRoutes, { bus: opts.bus, store: opts.store, metrics: opts.metrics });
  if (opts.store && (opts.readApi ?? true)) {
    await app.register(postRoutes, { store: opts.store });
    await app.register(deadLetterRoutes, { store: opts.store });
  }
  if (opts.publisher) await app.register(ingestRoutes, { publisher: opts.publisher, maxBodyBytes: opts.maxBodyBytes });
  for (const plugin of opts.plugins ?? []) await app.register(plugin);
  return app;
}
