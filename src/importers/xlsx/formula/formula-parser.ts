import { parseCellName } from '../cell-address.js';
import { UnsupportedFormula, type BinaryOperator, type FormulaNode, type RefNode } from './formula-ast.js';

const FUNCTIONS = new Set(['SUM', 'ROUND', 'ABS', 'MIN', 'MAX', 'IF', 'AVERAGE']);

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: RefNode }
  | { t: 'fn'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'op'; v: string };

/**
 * Parses a formula as stored in SpreadsheetML (no leading '='): numbers,
 * strings, TRUE/FALSE, A1 references and ranges on the same sheet, + - * / ^ &
 * and comparisons, % and the functions SUM ROUND ABS MIN MAX IF AVERAGE.
 * Anything else throws UnsupportedFormula.
 *
 * Example: parseFormula('ROUND(F8*G8,2)') is a call of ROUND on F8*G8 and 2.
 */
export function parseFormula(source: string): FormulaNode {
  const tokens = tokenize(source.startsWith('=') ? source.slice(1) : source);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (v: string): boolean => peek()?.t === 'op' && peek()!.v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new UnsupportedFormula(`expected ${v}`);
    at++;
  };

  const levels: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];
  const binary = (level: number): FormulaNode => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      if (token?.t !== 'op' || !levels[level]!.includes(token.v)) return left;
      at++;
      left = { kind: 'binary', op: token.v as BinaryOperator, left, right: binary(level + 1) };
    }
  };
  const unary = (): FormulaNode => {
    if (isOp('-') || isOp('+')) {
      const op = tokens[at++]!.v as '-' | '+';
      return { kind: 'unary', op, arg: unary() };
    }
    let node = primary();
    while (isOp('%')) {
      at++;
      node = { kind: 'percent', arg: node };
    }
    return node;
  };
  const primary = (): FormulaNode => {
    const token = tokens[at++];
    if (!token) throw new UnsupportedFormula('unexpected end');
    switch (token.t) {
      case 'num':
        return { kind: 'number', value: token.v };
      case 'str':
        return { kind: 'string', value: token.v };
      case 'bool':
        return { kind: 'boolean', value: token.v };
      case 'ref':
        if (isOp(':')) {
          at++;
          const to = tokens[at++];
          if (to?.t !== 'ref') throw new UnsupportedFormula('bad range');
          return { kind: 'range', from: token.v, to: to.v };
        }
        return token.v;
      case 'fn': {
        expect('(');
        const args: FormulaNode[] = [];
        if (!isOp(')')) {
          for (;;) {
            args.push(binary(0));
            if (isOp(',')) at++;
            else break;
          }
        }
        expect(')');
        return { kind: 'call', name: token.v, args };
      }
      case 'op':
        if (token.v === '(') {
          const inner = binary(0);
          expect(')');
          return inner;
        }
        throw new UnsupportedFormula(`unexpected ${token.v}`);
    }
  };
  const node = binary(0);
  if (at !== tokens.length) throw new UnsupportedFormula('trailing input');
  return node;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    const rest = source.slice(i);
    const number = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ t: 'num', v: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= source.length) throw new UnsupportedFormula('unterminated string');
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += source[j++];
      }
      tokens.push({ t: 'str', v: text });
      i = j + 1;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      tokens.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%(),:'.includes(c)) {
      tokens.push({ t: 'op', v: c });
      i++;
      continue;
    }
    const word = /^[$A-Za-z_][$A-Za-z0-9_.]*/.exec(rest);
    if (!word) throw new UnsupportedFormula(`unexpected ${c}`);
    const text = word[0];
    i += text.length;
    if (source[i] === '!' || source[i] === '[') throw new UnsupportedFormula('reference to another sheet or table');
    const upper = text.toUpperCase();
    if (source[i] === '(') {
      if (!FUNCTIONS.has(upper)) throw new UnsupportedFormula(`function ${upper}`);
      tokens.push({ t: 'fn', v: upper });
    } else if (upper === 'TRUE' || upper === 'FALSE') tokens.push({ t: 'bool', v: upper === 'TRUE' });
    else {
      const position = parseCellName(text);
      if (!position) throw new UnsupportedFormula(`name ${text}`);
      tokens.push({ t: 'ref', v: { kind: 'ref', row: position.row, col: position.col, colAbsolute: text.startsWith('$'), rowAbsolute: /[A-Za-z]\$/.test(text) } });
    }
  }
  return tokens;
}
