import { subPath } from '../util/model-path.js';
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
  /**
   * Sources of a whole row's fields at once, keyed by the row's path
   * ("projects.0.indicators.3" → { weight: …, score: … }): one entry per row
   * instead of one per figure, since a report has thousands of them.
   */
  rows: Map<string, Readonly<Record<string, SourceRef | undefined>>>;
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
  return { figures: new Map(), rows: new Map(), paragraphs: new Map() };
}

/** The source of a figure by its path: its own entry, or its field in its row's entry. */
export function figureSource(p: Provenance, path: string): SourceRef | undefined {
  const own = p.figures.get(path);
  if (own) return own;
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  return p.rows.get(path.slice(0, dot))?.[path.slice(dot + 1)];
}

/**
 * The source of a figure by its row's path and its field name: the same as
 * figureSource(p, `${row}.${field}`), without cutting the path apart again
 * (a finding on an indicator knows its row and field already).
 */
export function rowFigureSource(p: Provenance, row: string, field: string): SourceRef | undefined {
  // The joined path made once per process (subPath), not joined and hashed afresh for every finding.
  const own = p.figures.get(subPath(row, field));
  if (own) return own;
  return p.rows.get(row)?.[field];
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
