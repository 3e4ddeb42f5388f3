/**
 * One error shape for every failure. Client errors say exactly what was wrong with a stable code;
 * server errors are logged in full and answered with a generic message.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, type ErrorBody } from '../errors.js';

const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'BODY_TOO_LARGE' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'EMPTY_BODY' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'INVALID_CONTENT_LENGTH' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
};

function toBody(err: FastifyError | HttpError): { status: number; body: ErrorBody } {
  if (err instanceof HttpError) {
    return {
      status: err.statusCode,
      body: { error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) } },
    };
  }
  if (err.validation) {
    const details = err.validation.map((v) => ({
      path: `${err.validationContext ?? ''}${v.instancePath}`,
      message: v.message ?? v.keyword,
      ...extra(v.params),
    }));
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: err.message, details } } };
  }
  const known = FASTIFY_CODES[err.code];
  if (known) return { status: known.status, body: { error: { code: known.code, message: err.message } } };
  if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.name))) {
    return { status: 400, body: { error: { code: 'MALFORMED_JSON', message: err.message } } };
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, body: { error: { code: err.code || 'BAD_REQUEST', message: err.message } } };
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } };
}

function extra(params: unknown): Record<string, unknown> {
  const p = params as { additionalProperty?: string } | undefined;
  return p?.additionalProperty !== undefined ? { field: p.additionalProperty, reason: 'unknown field' } : {};
}

async function errorsPlugin(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const { status, body } = toBody(err);
    if (status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: body.error.code, status }, 'request rejected');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}` } }),
  );
}

export default fp(errorsPlugin, { name: 'errors' });
