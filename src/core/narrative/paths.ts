/**
 * The model paths of the narrative's sections and paragraphs, the keys of
 * provenance.paragraphs. A report has a few dozen and most reports the same
 * ones, so each is made once and kept: neither made nor hashed again as a map
 * key for the next report. Only the first KEPT of each are kept, so that a
 * huge input does not pin its paths for the life of a server.
 */
const KEPT = 256;
const SECTION_PATHS: string[] = [];
/** By section, then subsection (0 for the section's own paragraphs, ui + 1 for subsection ui), then paragraph. */
const PARAGRAPH_PATHS: string[][][] = [];

/** "narrative.sections.5". */
export function sectionPath(section: number): string {
  if (section >= KEPT) return `narrative.sections.${section}`;
  return (SECTION_PATHS[section] ??= `narrative.sections.${section}`);
}

/**
 * "narrative.sections.5.paragraphs.0" for a section's own paragraph,
 * "narrative.sections.5.subsections.1.paragraphs.0" for subsection 1's.
 */
export function paragraphPath(section: number, subsection: number | null, paragraph: number): string {
  const slot = subsection === null ? 0 : subsection + 1;
  if (section >= KEPT || slot >= KEPT || paragraph >= KEPT) return writtenPath(section, subsection, paragraph);
  const byParagraph = ((PARAGRAPH_PATHS[section] ??= [])[slot] ??= []);
  return (byParagraph[paragraph] ??= writtenPath(section, subsection, paragraph));
}

function writtenPath(section: number, subsection: number | null, paragraph: number): string {
  return subsection === null ? `${sectionPath(section)}.paragraphs.${paragraph}` : `${sectionPath(section)}.subsections.${subsection}.paragraphs.${paragraph}`;
}
