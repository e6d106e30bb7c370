/**
 * Rounding as Excel displays numbers: the binary value is first taken to 15
 * significant digits (so 1.005 is 1.005, not 1.00499999...), then rounded half
 * away from zero on its decimal digits.
 *
 * Example: roundedDigits(1.005, 2) is { integer: '1', fraction: '01' }.
 */
export function roundedDigits(value: number, decimals: number): { integer: string; fraction: string } {
  const { digits, point } = decimalDigits(Math.abs(value));
  // digits[0 .. point) is the integer part; pad so that the rounding position exists.
  let all = digits;
  let at = point;
  if (at < 0) {
    all = '0'.repeat(-at) + all;
    at = 0;
  }
  const keep = at + decimals;
  if (all.length < keep + 1) all = all.padEnd(keep + 1, '0');
  let kept = all.slice(0, keep);
  if (all.charCodeAt(keep) >= 53 /* '5' */) kept = incrementDigits(kept === '' ? '0' : kept);
  // An increment may have added a digit on the left ('99' → '100').
  const integerLength = kept.length - decimals;
  const integer = kept.slice(0, integerLength).replace(/^0+(?=\d)/, '') || '0';
  return { integer, fraction: kept.slice(integerLength).padEnd(decimals, '0') };
}

/** Rounds half away from zero to `decimals` places the way Excel's ROUND does. Example: excelRound(2.675, 2) is 2.68. */
export function excelRound(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  if (decimals < 0) {
    const f = 10 ** -decimals;
    return excelRound(value / f, 0) * f;
  }
  const { integer, fraction } = roundedDigits(value, decimals);
  const n = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  return value < 0 ? -n : n;
}

/** The significant digits of a non-negative number to 15 places, and where the decimal point goes. */
function decimalDigits(abs: number): { digits: string; point: number } {
  if (abs === 0) return { digits: '0', point: 1 };
  const [mantissa, exponent] = abs.toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  return { digits, point: Number(exponent) + 1 };
}

function incrementDigits(s: string): string {
  const chars = s.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') chars[i] = '0';
    else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}
