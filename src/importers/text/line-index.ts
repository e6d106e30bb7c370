/**
 * Maps a UTF-16 offset in a text to its 1-based line, counting from
 * `firstLine` (binary search over the line starts, computed once).
 */
export function lineLocator(text: string, firstLine = 1): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };
}
