import { pino, destination, type Logger as PinoLogger, type LoggerOptions } from 'pino';

export type Logger = PinoLogger;

/** Structured JSON logs; secrets in config or headers never reach them. */
export function createLogger(level: string, options: LoggerOptions = {}, fd: 1 | 2 = 1): Logger {
  return pino(
    {
      level,
      base: { service: 'civicpulse' },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], censor: '[redacted]' },
      ...options,
    },
    destination({ fd, sync: false }),
  );
}
