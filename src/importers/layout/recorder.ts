import type { Provenance } from '../../core/model/provenance.js';
import type { SourceRef } from '../../core/model/source-ref.js';

/**
 * Paths are made once per process and reused. A report records hundreds of
 * figures under the same paths as the report before it ("projects.0.indicators.3"),
 * and storing a freshly joined string costs hashing it anew, which was much of
 * the cost of recording; a path made earlier is found by its parts, which are
 * names the code spells or small numbers, both cheap to look up. The paths form
 * a tree of PathNodes: a name is looked up among a node's children, an index
 * among its items (an array, for the rows of a list such as the indicators).
 */
const LIMIT = 50_000;
let made = 0;
/** The node of each path that has one, by its path: the roots that recorders start from. */
let roots = new Map<string, PathNode>();

/** A path in the model and the paths under it, each joined once. */
export class PathNode {
  #children: Map<string, PathNode> | undefined;
  #items: PathNode[] | undefined;

  constructor(readonly path: string) {}

  /** `${path}.${name}`; `name` itself under the empty path. */
  child(name: string): PathNode {
    const children = (this.#children ??= new Map());
    let node = children.get(name);
    if (node === undefined) {
      node = new PathNode(this.path === '' ? name : `${this.path}.${name}`);
      count();
      children.set(name, node);
    }
    return node;
  }

  /** `${path}.${i}`: item i of a list. */
  item(i: number): PathNode {
    const items = (this.#items ??= []);
    let node = items[i];
    if (node === undefined) {
      node = new PathNode(this.path === '' ? String(i) : `${this.path}.${i}`);
      count();
      // Filled in order almost always; a gap is left as holes.
      items[i] = node;
    }
    return node;
  }
}

function count(): void {
  if (++made > LIMIT) {
    // Dropping the roots lets every node go once the recorders holding them are done.
    made = 0;
    roots = new Map();
  }
}

/** The node of a path (see subPath), kept as a root. */
function rootNode(path: string): PathNode {
  let node = roots.get(path);
  if (node === undefined) {
    node = new PathNode(path);
    roots.set(path, node);
    count();
  }
  return node;
}

/** `${parent}.${child}` ("indicators" and 3 → "indicators.3"; the parent is never empty), the same string each time it is asked for. */
export function subPath(parent: string, child: string | number): string {
  const node = rootNode(parent);
  return (typeof child === 'number' ? node.item(child) : node.child(child)).path;
}

/** Collects where each figure of a part of the model came from, under a path prefix. */
export class Recorder {
  /** The prefix's node: every path recorded is found under it. */
  private readonly node: PathNode;

  constructor(
    readonly provenance: Provenance,
    readonly prefix: string,
  ) {
    this.node = rootNode(prefix);
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
