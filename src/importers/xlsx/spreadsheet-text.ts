const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋' };

/** SpreadsheetML escapes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Digits of a superscript or subscript run as a reader sees them: m + superscript 2 is "m²". */
export function shiftDigits(text: string, vertAlign: string | undefined): string {
  const table = vertAlign === 'superscript' ? SUPERSCRIPT : vertAlign === 'subscript' ? SUBSCRIPT : undefined;
  return table ? [...text].map((c) => table[c] ?? c).join('') : text;
}
