import { pathNode, type PathNode } from '../util/model-path.js';

/**
 * The model paths of the narrative's sections and paragraphs, the keys of
 * provenance.paragraphs: made once and kept with the other model paths
 * (model-path.ts), so that most reports, which have the same few dozen, neither
 * make nor hash them again.
 */
function section(index: number): PathNode {
  return pathNode('narrative.sections').item(index);
}

/** "narrative.sections.5". */
export function sectionPath(index: number): string {
  return section(index).path;
}

/**
 * "narrative.sections.5.paragraphs.0" for a section's own paragraph,
 * "narrative.sections.5.subsections.1.paragraphs.0" for subsection 1's.
 */
export function paragraphPath(sectionIndex: number, subsection: number | null, paragraph: number): string {
  const s = section(sectionIndex);
  const owner = subsection === null ? s : s.child('subsections').item(subsection);
  return owner.child('paragraphs').item(paragraph).path;
}
