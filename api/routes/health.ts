/** Liveness, readiness (bus and store reachable) and Prometheus metrics. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Bus } from '../../core/bus/types.js';
import type { Store } from '../../core/store/types.js';
import type { Metrics } from '../../core/metrics.js';

export interface HealthOptions {
  readonly bus: Bus;
  readonly store?: Store;
  readonly metrics: Metrics;
}

const Check = Type.Object({ ok: Type.Boolean(), detail: Type.String() });
const ReadyBody = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  checks: Type.Record(Type.String(), Check),
});

export default async function healthRoutes(fastify: FastifyInstance, opts: HealthOptions): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process is up',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    { schema: { tags: ['operations'], summary: 'Readiness: the bus and the store answer', response: { 200: ReadyBody, 503: ReadyBody } } },
    async (_request, reply) => {
      const checks: Record<string, { ok: boolean; detail: string }> = {
        bus: await opts.bus.health().catch((err: Error) => ({ ok: false, detail: err.message })),
      };
      if (opts.store) {
        const ok = await opts.store.ping().catch(() => false);
        checks.store = { ok, detail: ok ? `${opts.store.kind} answers` : `${opts.store.kind} does not answer` };
      }
      const ready = Object.values(checks).every((c) => c.ok);
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
    },
  );

  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics', response: { 200: Type.String() } } },
    async (_request, reply) => {
      const text = await opts.metrics.registry.metrics();
      return reply.type(opts.metrics.registry.contentType).send(text);
    },
  );
}
