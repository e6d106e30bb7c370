import { findMentions } from '../../src/core/narrative/mentions.js';
import { brief } from './check-text.js';
import type { Finding } from '../../src/core/audit/finding.js';

/** One figure of a text report changed: where, what it was, what it became. */
export interface Mutation {
  line: number;
  /** 1-based tab column for table cells, 0 for narrative text. */
  column: number;
  before: string;
  after: string;
  text: string;
}

const NUMBER = /-?\d+(?:\.\d+)?%?/g;

/** The figure changed so that no rounding tolerance can hide it: 6340.13 → 6341.13, 94.00% → 95.00%, 0 → 1. */
export function mutateNumber(token: string): string {
  const m = /^(-?)(\d+)(\.\d+)?(%?)$/.exec(token);
  if (!m) throw new Error(`not a number: ${token}`);
  return `${m[1]}${BigInt(m[2] ?? '0') + 1n}${m[3] ?? ''}${m[4]}`;
}

/** Every numeric cell of every tab-separated table row. */
export function tableCellMutations(text: string): Mutation[] {
  const lines = text.split('\n');
  const out: Mutation[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('\t')) return;
    const cells = line.split('\t');
    cells.forEach((cell, c) => {
      const t = cell.trim();
      if (!/^-?\d+(?:\.\d+)?%?$/.test(t)) return;
      const after = mutateNumber(t);
      const changed = [...cells];
      changed[c] = cell.replace(t, after);
      const copy = [...lines];
      copy[i] = changed.join('\t');
      out.push({ line: i + 1, column: c + 1, before: t, after, text: copy.join('\n') });
    });
  });
  return out;
}

/**
 * Every figure the narrative names (an amount, rate or count the model binds
 * to a concept), each occurrence changed on its own.
 */
export function narrativeMutations(text: string): Mutation[] {
  const lines = text.split('\n');
  const out: Mutation[] = [];
  lines.forEach((line, i) => {
    if (line.includes('\t') || line.trim() === '') return;
    const mentions = findMentions(line, { kind: 'total' }, true).filter((m) => !m.implied);
    for (const m of mentions) {
      const token = line.slice(m.offset, m.offset + m.length);
      const num = token.match(NUMBER)?.[0];
      if (!num) continue;
      const after = mutateNumber(num);
      const copy = [...lines];
      copy[i] = line.slice(0, m.offset) + token.replace(num, after) + line.slice(m.offset + m.length);
      out.push({ line: i + 1, column: 0, before: num, after, text: copy.join('\n') });
    }
  });
  return out;
}

/** Whether the findings after a mutation name it: a new finding on its line, or one quoting the new figure. */
export function namesMutation(baseline: Finding[], after: Finding[], m: Mutation): boolean {
  const known = new Set(baseline.map((f) => `${brief(f)}|${f.message}`));
  const plain = m.after.replace('%', '');
  return after.some((f) => {
    if (known.has(`${brief(f)}|${f.message}`)) return false;
    return f.location.source?.line === m.line || f.message.includes(plain) || (f.actual ?? '').includes(plain) || (f.expected ?? '').includes(plain);
  });
}
