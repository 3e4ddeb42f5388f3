/**
 * The logging surface the bus needs. Structural, so a pino logger (core/log.ts) fits as is, and the
 * bus does not depend on pino.
 */
export interface BusLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

const noop = (): void => undefined;

export const silentLogger: BusLogger = { info: noop, warn: noop, error: noop, debug: noop };
