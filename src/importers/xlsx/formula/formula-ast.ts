/** A parsed Excel formula, for the small subset jixiao recomputes. */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | RefNode
  | { kind: 'range'; from: RefNode; to: RefNode }
  | { kind: 'unary'; op: '-' | '+'; arg: FormulaNode }
  | { kind: 'percent'; arg: FormulaNode }
  | { kind: 'binary'; op: BinaryOperator; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: string; args: FormulaNode[] };

export interface RefNode {
  kind: 'ref';
  row: number;
  col: number;
  rowAbsolute: boolean;
  colAbsolute: boolean;
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A formula outside the subset (other sheets, names, unknown functions, errors): not recomputed. */
export class UnsupportedFormula extends Error {}
