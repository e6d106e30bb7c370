import { cellName } from '../cell-address.js';
import type { FormulaNode, RefNode } from './formula-ast.js';

const PRECEDENCE: Record<string, number> = { '=': 0, '<>': 0, '<': 0, '>': 0, '<=': 0, '>=': 0, '&': 1, '+': 2, '-': 2, '*': 3, '/': 3, '^': 4 };

/**
 * Writes a formula back as text, moved by the given offset (how a shared
 * formula reads in the cell it is copied to).
 * Example: 'B6+B9' moved one column right is 'C6+C9'.
 */
export function printFormula(node: FormulaNode, rowOffset = 0, colOffset = 0): string {
  const ref = (r: RefNode): string => {
    const row = r.rowAbsolute ? r.row : r.row + rowOffset;
    const col = r.colAbsolute ? r.col : r.col + colOffset;
    const name = cellName(row, col);
    const letters = name.replace(/\d+$/, '');
    return `${r.colAbsolute ? '$' : ''}${letters}${r.rowAbsolute ? '$' : ''}${row}`;
  };
  const print = (n: FormulaNode, parent: number): string => {
    switch (n.kind) {
      case 'number':
        return String(n.value);
      case 'string':
        return `"${n.value.replace(/"/g, '""')}"`;
      case 'boolean':
        return n.value ? 'TRUE' : 'FALSE';
      case 'ref':
        return ref(n);
      case 'range':
        return `${ref(n.from)}:${ref(n.to)}`;
      case 'unary':
        return n.op + print(n.arg, 5);
      case 'percent':
        return `${print(n.arg, 6)}%`;
      case 'call':
        return `${n.name}(${n.args.map((a) => print(a, -1)).join(',')})`;
      case 'binary': {
        const p = PRECEDENCE[n.op]!;
        const text = `${print(n.left, p)}${n.op}${print(n.right, p + 1)}`;
        return p < parent ? `(${text})` : text;
      }
    }
  };
  return print(node, -1);
}
