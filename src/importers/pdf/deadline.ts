/**
 * A time budget for a whole read. pdf.js works in small asynchronous steps,
 * so racing each step against a timer is enough to stop a read that takes
 * too long (a synchronous endless loop inside pdf.js would not be stopped:
 * that would need a worker thread).
 */
export class Deadline {
  private readonly end: number;
  constructor(readonly budgetMs: number) {
    this.end = performance.now() + budgetMs;
  }

  get remainingMs(): number {
    return Math.max(0, this.end - performance.now());
  }
}

/** `promise`, or the error made by `onTimeout` once the deadline passes first. */
export function withDeadline<T>(promise: Promise<T>, deadline: Deadline, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), deadline.remainingMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
