import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphPath, sectionPath } from './paths.js';

describe('model paths of the narrative', () => {
  it('are the paths written out, whatever order they are asked in', () => {
    // Past the number of paths kept as well as within it.
    const index = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 600 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(index, fc.option(index), index)), (asked) => {
        for (const [s, u, p] of asked) {
          expect(sectionPath(s)).toBe(`narrative.sections.${s}`);
          expect(paragraphPath(s, u, p)).toBe(u === null ? `narrative.sections.${s}.paragraphs.${p}` : `narrative.sections.${s}.subsections.${u}.paragraphs.${p}`);
        }
      }),
    );
  });
});
