/**
 * Model paths ("projects.0.indicators.3"), the keys of a report's provenance,
 * made once per process and reused. A report records hundreds of figures under
 * the same paths as the report before it, and storing a freshly joined string
 * costs hashing it anew, which was much of the cost of recording; a path made
 * earlier is found by its parts, which are names the code spells or small
 * numbers, both cheap to look up. The paths form a tree of PathNodes: a name is
 * looked up among a node's children, an index among its items (an array, for
 * the rows of a list such as the indicators).
 */
const LIMIT = 50_000;
let made = 0;
/** The node of each path asked for by pathNode, by its path: the roots that paths are found from. */
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
    // Dropping the roots lets every node go once whatever holds one (a recorder) is done with it.
    made = 0;
    roots = new Map();
  }
}

/** The node of a path, kept as a root: the paths under it are found from it by their parts. */
export function pathNode(path: string): PathNode {
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
  const node = pathNode(parent);
  return (typeof child === 'number' ? node.item(child) : node.child(child)).path;
}
