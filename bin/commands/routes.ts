/** Route plugins beyond the core ones, shared by `start` and `api`. */
import type { FastifyPluginAsync } from 'fastify';

export function extraRoutes(): FastifyPluginAsync[] {
  return [];
}
