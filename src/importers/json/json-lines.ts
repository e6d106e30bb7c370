import { lineLocator } from '../text/line-index.js';

/**
 * The line each value of a JSON text starts on, by its path in the value
 * ("projects.0.indicators.3.weight": object keys and array indexes joined by
 * dots, the model's own paths; the whole value is ""). A report read from
 * jixiao's JSON then has a source line for every figure, as one read from a
 * text file has. The text must be valid JSON (JSON.parse accepted it): the
 * scan only follows its structure. Keys holding a dot are joined as they are.
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipSpace = (): void => {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xfeff) return;
    }
  };
  // A string starting at i (at its quote): its raw text between the quotes, i left after the closing one.
  const readString = (): string => {
    const start = ++i;
    let escaped = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c /* \ */) {
        i++;
        escaped = true;
      } else if (c === 0x22 /* " */) break;
    }
    const raw = text.slice(start, i++);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const join = (path: string, part: string | number): string => (path === '' ? String(part) : `${path}.${part}`);

  const value = (path: string): void => {
    skipSpace();
    lines.set(path, line);
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) === 0x7d) return void i++;
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        i++; // :
        value(join(path, key));
        skipSpace();
        if (text.charCodeAt(i++) !== 0x2c /* , */) return;
      }
    }
    if (c === 0x5b /* [ */) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) === 0x5d) return void i++;
      for (let k = 0; ; k++) {
        value(join(path, k));
        skipSpace();
        if (text.charCodeAt(i++) !== 0x2c) return;
      }
    }
    if (c === 0x22) return void readString();
    // A number, true, false or null: up to the next delimiter.
    while (i < text.length && !DELIMITERS.has(text.charCodeAt(i))) i++;
  };

  value('');
  return lines;
}

const DELIMITERS = new Set([0x2c, 0x7d, 0x5d, 0x20, 0x09, 0x0a, 0x0d]);

/** The 1-based line and column of a UTF-16 offset of a text. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  return { line: lineLocator(text)(offset), column: offset - lineStart + 1 };
}
