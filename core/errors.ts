/** Base for the project's typed errors: callers branch on `code`, never on message text. */
export class CivicPulseError<C extends string = string> extends Error {
  override readonly name: string = 'CivicPulseError';
  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ConfigError extends CivicPulseError<'CONFIG_INVALID'> {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super('CONFIG_INVALID', `invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}
