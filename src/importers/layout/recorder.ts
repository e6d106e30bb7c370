import type { Provenance } from '../../core/model/provenance.js';
import type { SourceRef } from '../../core/model/source-ref.js';
import { pathNode, type PathNode } from '../../core/util/model-path.js';

/** Collects where each figure of a part of the model came from, under a path prefix. */
export class Recorder {
  /** The prefix's node: every path recorded is found under it. */
  private readonly node: PathNode;

  constructor(
    readonly provenance: Provenance,
    readonly prefix: string,
  ) {
    this.node = pathNode(prefix);
  }

  /** The node of a path under the prefix, to record the items of a list under ("indicators" → its rows by index). */
  list(path: string): PathNode {
    return this.node.child(path);
  }

  private key(path: string | PathNode): string {
    return typeof path === 'string' ? this.node.child(path).path : path.path;
  }

  /** Records the sources of a row's fields at once (the object is kept, not copied). */
  row(path: string | PathNode, refs: Readonly<Record<string, SourceRef | undefined>>): void {
    this.provenance.rows.set(this.key(path), refs);
  }

  /** Records where a row came from and the sources of its fields, under one path. */
  rowAt(path: string | PathNode, ref: SourceRef | undefined, refs: Readonly<Record<string, SourceRef | undefined>>): void {
    const key = this.key(path);
    const figures = this.provenance.figures;
    if (ref && !figures.has(key)) figures.set(key, ref);
    this.provenance.rows.set(key, refs);
  }

  /** Records where a figure came from; the first record of a path wins. */
  at(path: string | PathNode, ref: SourceRef | undefined): void {
    if (!ref) return;
    const key = path === '' ? this.prefix : this.key(path);
    const figures = this.provenance.figures;
    if (!figures.has(key)) figures.set(key, ref);
  }
}
