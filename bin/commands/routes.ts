/** Route plugins beyond the core ones, sharing the engine's loaded data. */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Engine } from '../../processors/index.js';
import jurisdictionRoutes from '../../api/routes/jurisdiction.js';
import authorityRoutes from '../../api/routes/authorities.js';

export function extraRoutes(engine: Engine): FastifyPluginAsync[] {
  return [
    async (app: FastifyInstance) => {
      await app.register(jurisdictionRoutes, { resolver: engine.resolver, tagText: (post) => engine.tagText(post) });
      await app.register(authorityRoutes, { register: engine.resolver.register });
    },
  ];
}
