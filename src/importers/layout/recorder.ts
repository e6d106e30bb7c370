import type { Provenance } from '../../core/model/provenance.js';
import type { SourceRef } from '../../core/model/source-ref.js';

/**
 * Paths are made once per process and reused. A report records hundreds of
 * figures under the same paths as the report before it ("projects.0.indicators.3"),
 * and storing a freshly joined string costs hashing it anew, which was much of
 * the cost of recording; a path made earlier is found by its parts, which are
 * names the code spells or small numbers, both cheap to look up.
 */
const LIMIT = 50_000;
let made = 0;
const children = new Map<string, Map<string | number, string>>();
const keysByPrefix = new Map<string, Map<string, string>>();

/** `${parent}.${child}` ("indicators" and 3 → "indicators.3"), the same string each time it is asked for. */
export function subPath(parent: string, child: string | number): string {
  let byChild = children.get(parent);
  if (!byChild) {
    byChild = new Map();
    children.set(parent, byChild);
  }
  let path = byChild.get(child);
  if (path === undefined) {
    path = `${parent}.${child}`;
    if (++made > LIMIT) forget();
    byChild.set(child, path);
  }
  return path;
}

function forget(): void {
  made = 0;
  children.clear();
  keysByPrefix.clear();
}

/** Collects where each figure of a part of the model came from, under a path prefix. */
export class Recorder {
  private readonly base: string;
  /** The full path of each path under this prefix (see subPath). */
  private readonly keys: Map<string, string>;

  constructor(
    readonly provenance: Provenance,
    readonly prefix: string,
  ) {
    this.base = prefix ? `${prefix}.` : '';
    let keys = keysByPrefix.get(prefix);
    if (!keys) {
      keys = new Map();
      keysByPrefix.set(prefix, keys);
    }
    this.keys = keys;
  }

  private key(path: string): string {
    let key = this.keys.get(path);
    if (key === undefined) {
      key = this.base + path;
      if (++made > LIMIT) forget();
      this.keys.set(path, key);
    }
    return key;
  }

  /** Records the sources of a row's fields at once (the object is kept, not copied). */
  row(path: string, refs: Readonly<Record<string, SourceRef | undefined>>): void {
    this.provenance.rows.set(this.key(path), refs);
  }

  /** Records where a row came from and the sources of its fields, under one path. */
  rowAt(path: string, ref: SourceRef | undefined, refs: Readonly<Record<string, SourceRef | undefined>>): void {
    const key = this.key(path);
    const figures = this.provenance.figures;
    if (ref && !figures.has(key)) figures.set(key, ref);
    this.provenance.rows.set(key, refs);
  }

  /** Records where a figure came from; the first record of a path wins. */
  at(path: string, ref: SourceRef | undefined): void {
    if (!ref) return;
    const key = path === '' ? this.prefix : this.key(path);
    const figures = this.provenance.figures;
    if (!figures.has(key)) figures.set(key, ref);
  }
}
