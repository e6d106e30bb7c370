import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_TEXT } from '../support/check-text.js';
import { jixiao } from '../support/run-cli.js';

/**
 * The reference report with a paragraph on 三公经费 added to section 六（一）运行成本
 * (line 67), its figures those of the report's own 基础数据表: 13.43 this year, 8.28
 * last year, 11.99 for the vehicles (all running costs), 1.44 for receptions.
 */
const SENTENCE = '2023年“三公”经费支出13.43万元，较上年8.28万元增加5.15万元，增长62.20%，其中：因公出国（境）费0万元，公务用车购置及运行维护费11.99万元（其中公务用车购置费0万元、公务用车运行维护费11.99万元），公务接待费1.44万元。';
const AFTER = '2023年，基本支出的全年执行数为5931.08万元';

function withParagraph(paragraph: string): string {
  const lines = REFERENCE_TEXT.split('\n');
  const at = lines.findIndex((l) => l.startsWith(AFTER));
  lines.splice(at + 1, 0, '', paragraph);
  return lines.join('\n');
}

interface JsonFinding {
  rule: string;
  message: string;
  location: { section?: string; line?: number };
  expected: string | null;
  actual: string | null;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-narr-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(name: string, text: string): JsonFinding[] {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = jixiao(['check', file, '--format', 'json']);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { reports: { findings: JsonFinding[] }[] }).reports.flatMap((x) => x.findings);
}

const ours = (fs: JsonFinding[]) => fs.filter((f) => f.rule === 'NARR-YOY-CHANGE' || f.rule === 'NARR-PARTS-SUM');

describe('jixiao check on the reference report with a paragraph on 三公经费', () => {
  it('finds nothing in the paragraph when its figures agree', () => {
    expect(withParagraph(SENTENCE).split('\n')[66]).toBe(SENTENCE);
    expect(ours(check('agrees.txt', withParagraph(SENTENCE)))).toEqual([]);
  });

  it('names a wrong change and a wrong split of the vehicle costs, on the line of the paragraph', () => {
    const edited = SENTENCE.replace('增加5.15万元', '增加5.51万元').replace('公务用车运行维护费11.99万元', '公务用车运行维护费10.99万元');
    const found = ours(check('edited.txt', withParagraph(edited)));
    expect(found.map((f) => [f.rule, f.location.line, f.expected, f.actual])).toEqual([
      ['NARR-PARTS-SUM', 67, '10.99万元', '11.99万元'],
      ['NARR-YOY-CHANGE', 67, '增加5.15万元', '增加5.51万元'],
    ]);
    expect(found[1]?.location.section).toBe('六、部门整体支出绩效情况（一）运行成本');
    expect(found[1]?.message).toContain('按本年数 − 上年数（13.43万元 − 8.28万元）应为增加5.15万元');
  });

  it('names a 三公 total that its items do not add up to', () => {
    const edited = SENTENCE.replace('公务接待费1.44万元', '公务接待费1.54万元');
    const found = ours(check('items.txt', withParagraph(edited)));
    expect(found.map((f) => [f.rule, f.location.line, f.expected, f.actual])).toEqual([['NARR-PARTS-SUM', 67, '13.53万元', '13.43万元']]);
    expect(found[0]?.message).toContain('三公经费即这三项之和，应为13.53万元');
  });
});

describe('the parts after a comparison with last year, against the tables', () => {
  const tableFindings = (fs: JsonFinding[]) => fs.filter((f) => f.rule.startsWith('TXT-TABLE') && f.location.line === 67);

  it('are this year’s figures again after 其中: a reception cost that differs from the 基础数据表 is named', () => {
    expect(tableFindings(check('parts-agree.txt', withParagraph(SENTENCE)))).toEqual([]);
    const edited = SENTENCE.replace('公务接待费1.44万元', '公务接待费1.54万元');
    const found = tableFindings(check('parts-edited.txt', withParagraph(edited)));
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([['TXT-TABLE-SCOPE', '1.44', '1.54']]);
    expect(found[0]?.message).toContain('公务接待本年决算数 1.44');
  });
});
