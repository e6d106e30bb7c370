import type { SourceRef } from './source-ref.js';

/**
 * Where each stated figure and paragraph of a report came from, keyed by its
 * path in the model ("departmentEvaluation.total.executionRate",
 * "projects.0.indicators.3.weight", "narrative.sections.5.subsections.1.paragraphs.0").
 * Kept beside the model rather than inside it, so the model stays the plain
 * data a unit enters, and an authored report simply has no provenance.
 */
export interface Provenance {
  figures: Map<string, SourceRef>;
  paragraphs: Map<string, ParagraphSource>;
}

export interface ParagraphSource {
  at: SourceRef;
  /** Where each piece of a paragraph joined across a page end starts (UTF-16 offset). */
  segments?: TextSegment[];
}

export interface TextSegment {
  offset: number;
  at: SourceRef;
}

export function emptyProvenance(): Provenance {
  return { figures: new Map(), paragraphs: new Map() };
}

/** The source of the character at `offset` of a paragraph. */
export function paragraphRefAt(source: ParagraphSource, offset: number): SourceRef {
  let found = source.at;
  for (const s of source.segments ?? []) {
    if (s.offset > offset) break;
    found = s.at;
  }
  return found;
}
