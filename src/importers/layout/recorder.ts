import type { Provenance } from '../../core/model/provenance.js';
import type { SourceRef } from '../../core/model/source-ref.js';

/** Collects where each figure of a part of the model came from, under a path prefix. */
export class Recorder {
  private readonly base: string;
  constructor(
    readonly provenance: Provenance,
    readonly prefix: string,
  ) {
    this.base = prefix ? `${prefix}.` : '';
  }

  /** Records the sources of a row's fields at once (the object is kept, not copied). */
  row(path: string, refs: Readonly<Record<string, SourceRef | undefined>>): void {
    this.provenance.rows.set(this.base + path, refs);
  }

  /** Records where a row came from and the sources of its fields, under one path. */
  rowAt(path: string, ref: SourceRef | undefined, refs: Readonly<Record<string, SourceRef | undefined>>): void {
    const key = this.base + path;
    const figures = this.provenance.figures;
    if (ref && !figures.has(key)) figures.set(key, ref);
    this.provenance.rows.set(key, refs);
  }

  /** Records where a figure came from; the first record of a path wins. */
  at(path: string, ref: SourceRef | undefined): void {
    if (!ref) return;
    const key = path === '' ? this.prefix : this.base + path;
    const figures = this.provenance.figures;
    if (!figures.has(key)) figures.set(key, ref);
  }
}
