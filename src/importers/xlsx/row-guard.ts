import { InputError } from '../input-error.js';
import { parseRange } from './cell-address.js';

/**
 * Watches a worksheet's XML while it is being inflated and stops the read
 * (InputError 'too-many-rows') as soon as it is clear the sheet has more rows
 * than allowed: from its <dimension> when that comes first, else by counting
 * <row> elements, so that a sheet of a million rows is never inflated in full.
 */
export function rowGuard(file: string, sheet: string, maxRows: number): (chunk: Uint8Array) => void {
  let rows = 0;
  let head = '';
  let headDone = false;
  // Scanner state carried across chunks: are we reading an element name, and what of it so far.
  let inName = false;
  let name = '';
  const fail = (what: string): never => {
    throw new InputError(file, 'too-many-rows', `工作表“${sheet}”${what}超过了每个工作表最多 ${maxRows} 行的上限，无法作为报告读取。请只保留报告所在的表格后再导入。`);
  };
  return (chunk) => {
    if (!headDone) {
      head += latin1(chunk.subarray(0, 65536 - head.length));
      const m = /<(?:\w+:)?dimension\s+ref="([^"]+)"/.exec(head);
      if (m) {
        headDone = true;
        const range = parseRange(m[1]!);
        if (range && range.bottom - range.top + 1 > maxRows) fail(`声明的数据范围是 ${m[1]}，共 ${range.bottom - range.top + 1} 行，`);
      } else if (head.length >= 65536 || /<(?:\w+:)?sheetData[\s>]/.test(head)) headDone = true;
    }
    for (let i = 0; i < chunk.length; ) {
      if (!inName) {
        const lt = chunk.indexOf(0x3c /* < */, i);
        if (lt < 0) break;
        inName = true;
        name = '';
        i = lt + 1;
        continue;
      }
      const b = chunk[i]!;
      // name characters: letters, digits, ':', '_', '-', '.'
      if ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x3a) || b === 0x5f || b === 0x2d || b === 0x2e) {
        if (name.length < 16) name += String.fromCharCode(b);
        i++;
        continue;
      }
      inName = false;
      if (name === 'row' || name.endsWith(':row')) {
        rows++;
        if (rows > maxRows) fail('的行数');
      }
    }
  };
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}
