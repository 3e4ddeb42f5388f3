export interface PipelineFailure {
  readonly index: number;
  readonly error: unknown;
}

export interface PipelineResult {
  readonly succeeded: number;
  readonly failures: readonly PipelineFailure[];
}

/**
 * Runs `fn` over `items` with at most `limit` calls outstanding. After the first failure no new call
 * starts; the result is reported once every started call has settled.
 */
export function pipeline<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<PipelineResult> {
  return new Promise((resolve) => {
    let next = 0;
    let outstanding = 0;
    let succeeded = 0;
    const failures: PipelineFailure[] = [];
    const pump = (): void => {
      while (failures.length === 0 && outstanding < limit && next < items.length) {
        const index = next++;
        outstanding++;
        fn(items[index] as T).then(
          () => settle(null),
          (error: unknown) => settle({ index, error }),
        );
      }
      if (outstanding === 0) resolve({ succeeded, failures });
    };
    const settle = (failure: PipelineFailure | null): void => {
      outstanding--;
      if (failure) failures.push(failure);
      else succeeded++;
      pump();
    };
    pump();
  });
}
