import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, lastScopeWordAt } from './mentions.js';

const money = fc.integer({ min: 0, max: 99_999_999 }).map((n) => (n / 100).toFixed(2));

describe('figures named in the narrative', () => {
  it('bind every amount to the concept that names it', () => {
    fc.assert(
      fc.property(money, money, money, fc.constantFrom('', ' '), (a, b, c, gap) => {
        const text = `2023 年，基本支出全年预算数${gap}${a}${gap}万元，其中：上年结转和结余${gap}${b}${gap}万元。全年执行数为${gap}${c}${gap}万元。`;
        const ms = findMentions(text, { kind: 'total' }, false);
        return ms.length === 3 && ms[0]?.concept === 'adjustedBudget' && ms[0].numberText === a && ms[1]?.concept === 'carriedIn' && ms[2]?.concept === 'spent' && ms[2].numberText === c && ms.every((m) => m.scope.kind === 'basic');
      }),
    );
  });

  it('reads figures typed in full width, at their offsets in the text as written', () => {
    const text = '全年预算数为１００．００万元，预算执行率为９４．４６％。';
    const ms = findMentions(text, { kind: 'total' }, false);
    expect(ms.map((m) => [m.concept, m.numberText, m.unit, text.slice(m.offset, m.offset + m.length)])).toEqual([
      ['adjustedBudget', '100.00', '万元', '１００．００万元'],
      ['executionRate', '94.46', '%', '９４．４６％'],
    ]);
  });

  it('keeps 基本支出 or 项目支出 as the scope until another is named', () => {
    const ms = findMentions('基本支出的全年执行数为5931.08万元，其中：人员经费4981.06万元；项目支出的全年执行数为1040.02万元。全年预算数为7380.15万元。', { kind: 'total' }, false);
    expect(ms.map((m) => [m.concept, m.scope.kind])).toEqual([
      ['spent', 'basic'],
      ['personnelCost', 'basic'],
      ['spent', 'project'],
      ['adjustedBudget', 'project'],
    ]);
    const total = findMentions('基本支出全年执行数为5931.08万元。部门整体全年预算数为7380.15万元。', { kind: 'total' }, false);
    expect(total.map((m) => m.scope.kind)).toEqual(['basic', 'total']);
  });

  it('takes a breakdown after 其中 as naming parts for its own sentence only', () => {
    const ms = findMentions('全年预算数620.00万元，其中基本支出全年预算数500.00万元，项目支出全年预算数120.00万元；全年执行数589.00万元，执行率95.00%。', { kind: 'total' }, false);
    expect(ms.map((m) => [m.concept, m.numberText, m.scope.kind])).toEqual([
      ['adjustedBudget', '620.00', 'total'],
      ['adjustedBudget', '500.00', 'basic'],
      ['adjustedBudget', '120.00', 'project'],
      ['spent', '589.00', 'total'],
      ['executionRate', '95.00', 'total'],
    ]);
  });

  it('names the projects of a list', () => {
    const ms = findMentions('其中：强制隔离戒毒人员生活补贴项目全年预算数 401.95 万元，全年执行数为 401.95 万元；辅警经费项目全年预算数 89.89 万元。', { kind: 'project' }, true);
    expect(ms.map((m) => (m.scope.kind === 'item' ? m.scope.name : m.scope.kind))).toEqual(['强制隔离戒毒人员生活补贴', '强制隔离戒毒人员生活补贴', '辅警经费']);
  });

  it('does not take a change or a share for the figure', () => {
    const ms = findMentions('全年预算数较上年增加 120.00 万元，人员经费占 84%，执行率提高 2%。', { kind: 'total' }, false);
    expect(ms).toEqual([]);
  });

  it('reads figures implied by words', () => {
    const ms = findMentions('项目支出上年无结转和结余资金，全年预算数 1040.02 万元，均为一般公共预算拨款收入。年末无结转和结余资金。', { kind: 'project' }, false);
    expect(ms.map((m) => [m.concept, m.value.toString(), m.implied])).toEqual([
      ['carriedIn', '0', true],
      ['adjustedBudget', '1040.02', false],
      ['appropriation', '1040.02', true],
      ['carriedOut', '0', true],
    ]);
  });

  it('reads an implying phrase wherever it stands among the figures, and no other 为 or 无', () => {
    const clause = fc.constantFrom(
      { text: '上年无结转和结余', implies: 'carriedIn' },
      { text: '无年末结转', implies: 'carriedOut' },
      { text: '全年预算数为 100.00 万元', implies: null },
      { text: '全年执行数为 90.00 万元', implies: null },
      { text: '均为一般公共预算拨款收入', implies: 'appropriation' },
      { text: '全部为本年一般公共预算拨款', implies: 'appropriation' },
      { text: '资金来源为财政拨款', implies: null },
      { text: '无其他说明', implies: null },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(clause, fc.constantFrom('，', '。')), { maxLength: 8 }), (clauses) => {
        const text = clauses.map(([c, end]) => c.text + end).join('');
        const implied = findMentions(text, { kind: 'total' }, false).filter((m) => m.implied);
        // 均为 and 全部为 take the budget named before them; with none, they imply nothing.
        const expected = clauses
          .filter(([c], i) => c.implies !== null && (c.implies !== 'appropriation' || clauses.slice(0, i).some(([b]) => b.text.startsWith('全年预算数'))))
          .map(([c]) => [c.implies, c.text]);
        return JSON.stringify(implied.map((m) => [m.concept, text.slice(m.offset, m.offset + m.length)])) === JSON.stringify(expected);
      }),
    );
  });

  it('converts 元 and 亿元 to 万元', () => {
    const [a, b] = findMentions('全年预算数 12345678 元，全年执行数 1.2 亿元。', { kind: 'total' }, false);
    expect(a?.value.toString()).toBe('1234.5678');
    expect(b?.value.toString()).toBe('12000');
  });
});

describe('subjects, measures and periods', () => {
  it('keeps the subject when a measure word qualifies it', () => {
    const ms = findMentions('三公经费本年预算数 14.25 万元，决算数 13.43 万元；人员经费预算数 5000.00 万元。', { kind: 'total' }, false);
    expect(ms.map((m) => [m.concept, m.numberText])).toEqual([
      ['threePublicExpenses', '14.25'],
      ['threePublicExpenses', '13.43'],
    ]);
  });

  it('marks figures of another period', () => {
    const [a, b, c] = findMentions('2022 年全年预算数 100.00 万元。上年全年执行数 90.00 万元。全年执行数 95.00 万元。', { kind: 'total' }, false);
    expect(a?.period).toEqual({ prior: false, years: [2022] });
    expect(b?.period.prior).toBe(true);
    expect(c?.period).toEqual({ prior: false, years: [] });
  });

  it('takes the parts after 其中 for this year again, whatever last year\'s words stood before it', () => {
    const parts = (text: string) => findMentions(text, { kind: 'total' }, false).filter((m) => m.concept === 'officialReception').map((m) => m.period.prior);
    expect(parts('三公经费12.50万元，较上年15.30万元减少2.80万元，其中公务接待费1.54万元。')).toEqual([false]);
    expect(parts('三公经费12.50万元，与上年相比，其中公务接待费1.54万元。')).toEqual([false]);
    expect(parts('三公经费12.50万元，其中上年公务接待费1.54万元。')).toEqual([true]);
  });
});

describe('lastScopeWordAt', () => {
  it('finds where the scope word that starts last starts, as the largest lastIndexOf of them', () => {
    const words = ['业务工作专项', '专项项目', '项目支出', '基本支出', '部门整体', '单位整体'];
    const piece = fc.constantFrom(...words, '项目', '专项', '支出', '整体', '业务', '基本', '，', '为', 'a', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const segment = pieces.join('');
        expect(lastScopeWordAt(segment)).toBe(Math.max(...words.map((w) => segment.lastIndexOf(w))));
      }),
    );
  });
});

describe('figures of 三公经费 and its items (sentences shaped as published 决算 texts write them)', () => {
  const of = (text: string) => findMentions(text, { kind: 'total' }, false).map((m) => [m.concept, m.numberText]);

  it('read 因公出国（境）费 across its brackets, half or full width', () => {
    expect(of('其中：因公出国（境）费0.5万元，公务接待费2万元。')).toEqual([['overseasTravel', '0.5'], ['officialReception', '2']]);
    expect(of('因公出国(境)支出0万元,年初预算为0万元,差值为0万元。')).toEqual([['overseasTravel', '0'], ['overseasTravel', '0']]);
  });

  it('read 三公经费 whatever quotes surround it, and a budget after it as its own', () => {
    expect(of('本部门“三公"经费支出2.05万元,年初预算为2.95万元。')).toEqual([['threePublicExpenses', '2.05'], ['threePublicExpenses', '2.95']]);
  });

  it('never make a bare budget in a sentence about 三公 items the department\u2019s', () => {
    expect(of('公务接待费支出1.2万元，较上年减少0.3万元，年初预算为1.5万元。').filter(([c]) => c === 'initialBudget' || c === 'adjustedBudget')).toEqual([]);
    // Another figure between them: the budget is still not the department's.
    expect(of('公务接待费支出1.2万元，接待在职人员12人，年初预算为1.5万元。').filter(([c]) => c === 'initialBudget' || c === 'adjustedBudget')).toEqual([]);
    expect(of('公务用车运行维护费1万元。年初预算为60万元。')).toContainEqual(['initialBudget', '60']);
  });
});

describe('appropriations of the other budgets', () => {
  it('are not read as the 一般公共预算 appropriation', () => {
    const ms = findMentions('其中：一般公共预算财政拨款收入3859.16万元；政府性基金预算财政拨款收入0万元；国有资本经营预算财政拨款收入0万元。', { kind: 'basic' }, false);
    expect(ms.map((m) => [m.concept, m.numberText])).toEqual([['appropriation', '3859.16'], ['otherBudgetAppropriation', '0'], ['otherBudgetAppropriation', '0']]);
  });
});

describe('the parts of 公务用车购置及运行维护费', () => {
  it('are not read as the whole the tables state', () => {
    const ms = findMentions('公务用车购置及运行维护费支出251万元；公务用车购置支出56万元；公务用车运行维护费为2.52万元。', { kind: 'total' }, false);
    expect(ms.filter((m) => m.concept === 'officialVehicles').map((m) => m.numberText)).toEqual(['251']);
  });
});
