import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValueLines, lineAndColumnAt } from './json-lines.js';

/**
 * The line of every value of a JSON.stringify'd value, worked out from the
 * value alone: with indentation each member or element starts on a line of
 * its own, after the lines its elder siblings take up.
 */
function expectedLines(value: unknown, indent: number | string): Map<string, number> {
  const lines = new Map<string, number>();
  const height = (v: unknown): number => (JSON.stringify(v, null, indent) ?? '').split('\n').length;
  const visit = (v: unknown, path: string, line: number): void => {
    lines.set(path, line);
    if (v === null || typeof v !== 'object') return;
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
    let next = indent === 0 || indent === '' ? line : line + 1;
    for (const [k, x] of entries) {
      visit(x, path === '' ? k : `${path}.${k}`, next);
      if (indent !== 0 && indent !== '') next += height(x);
    }
  };
  visit(value, '', 1);
  return lines;
}

describe('jsonValueLines', () => {
  it('gives each value the line JSON.stringify put it on, indented or not, whatever its keys and strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(0, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(jsonValueLines(text)).toEqual(expectedLines(value, indent));
      }),
      { numRuns: 400 },
    );
  });

  it('follows CRLF line ends, a BOM and spaces around the punctuation', () => {
    const text = '\ufeff{ "a" :\r\n [ 1 ,\r\n  "x\\"y" ] ,\r\n"b\\u002ec": { } }';
    expect(jsonValueLines(text)).toEqual(
      new Map([
        ['', 1],
        ['a', 2],
        ['a.0', 2],
        ['a.1', 3],
        ['b.c', 4],
      ]),
    );
  });
});

describe('lineAndColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumnAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumnAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumnAt('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumnAt('\nab', 0)).toEqual({ line: 1, column: 1 });
  });
});
