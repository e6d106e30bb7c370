import type { SourceRef } from '../../core/model/source-ref.js';

/** Collects where each figure of a part of the model came from, under a path prefix. */
export class Recorder {
  constructor(
    readonly figures: Map<string, SourceRef>,
    readonly prefix: string,
  ) {}

  at(path: string, ref: SourceRef | undefined): void {
    if (!ref) return;
    const key = path === '' ? this.prefix : this.prefix ? `${this.prefix}.${path}` : path;
    if (!this.figures.has(key)) this.figures.set(key, ref);
  }

  child(path: string): Recorder {
    return new Recorder(this.figures, this.prefix ? `${this.prefix}.${path}` : path);
  }
}
