import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BasicDataTable, CostLine } from '../../src/core/model/report.js';
import { checkText, importText } from '../support/check-text.js';

/**
 * 部门整体支出绩效评价基础数据表 as published Hunan forms write it (shapes seen
 * in a field trial; names and figures our own): blank cells in a cost line's
 * row, and the report's own scoring table under a heading of its own after it.
 */
type Row = readonly string[];

const pipe = (rows: readonly Row[]) => rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(r.length)}` : ''}`).join('\n');
const tabs = (rows: readonly Row[]) => rows.map((r) => r.join('\t')).join('\n');

const HEADCOUNT: Row[] = [
  ['财政供养人员情况', '编制数', '2022年实际在职人数', '控制率'],
  ['', '80', '76', '95.00%'],
];
const COLUMNS: Row = ['经费控制情况', '2021年决算数', '2022年预算数', '2022年决算数'];

/** A basic-data table whose 公车购置 and 预算调整 rows have no 上年决算数 (the vehicles were bought this year). */
const BLANK_FIRST: Row[] = [
  ...HEADCOUNT,
  COLUMNS,
  ['三公经费', '10.50', '30.00', '27.20'],
  ['1、公务用车购置和维护经费', '6.00', '25.00', '24.00'],
  ['其中:公车购置', '', '20.00', '20.00'],
  ['公车运行维护', '6.00', '5.00', '4.00'],
  ['2、出国经费', '', '', ''],
  ['3、公务接待', '4.50', '5.00', '3.20'],
  ['部门整体支出预算调整', '', '800.00', '950.00'],
];

const basicTable = (body: string) => `附件1\n\n## 部门整体支出绩效评价基础数据表\n\n${body}\n`;

function basicData(text: string): BasicDataTable {
  const b = importText(text).report.basicData;
  expect(b).not.toBeNull();
  return b as BasicDataTable;
}

describe('基础数据表: a figure is read in the column it stands in', () => {
  for (const [form, write] of [['a pipe table', pipe], ['a tab-separated table', tabs]] as const) {
    it(`a blank 上年决算数 leaves that column empty (${form}), and the sums agree`, () => {
      const text = basicTable(write(BLANK_FIRST));
      const b = basicData(text);
      expect(b.vehiclePurchase).toEqual({ previousFinal: null, budget: '20.00', final: '20.00' });
      expect(b.basicBudgetAdjustment).toEqual({ previousFinal: null, budget: '800.00', final: '950.00' });
      expect(b.vehicleOperation).toEqual({ previousFinal: '6.00', budget: '5.00', final: '4.00' });
      expect(checkText(text).filter((f) => f.rule === 'BASIC-SUM')).toEqual([]);
    });
  }

  it('a blank 本年预算数 between two figures', () => {
    const rows = BLANK_FIRST.map((r) => (r[0] === '3、公务接待' ? ['3、公务接待', '4.50', '', '3.20'] : r));
    expect(basicData(basicTable(tabs(rows))).officialReception).toEqual({ previousFinal: '4.50', budget: null, final: '3.20' });
  });

  it('under a header whose titles span two cells each (merged cells saved as text)', () => {
    const spaced = (r: Row) => [r[0] ?? '', r[1] ?? '', '', r[2] ?? '', '', r[3] ?? '', ''];
    const b = basicData(basicTable(tabs([...HEADCOUNT, ...BLANK_FIRST.slice(2).map(spaced)])));
    expect(b.vehiclePurchase).toEqual({ previousFinal: null, budget: '20.00', final: '20.00' });
    expect(b.threePublicExpenses).toEqual({ previousFinal: '10.50', budget: '30.00', final: '27.20' });
  });

  it('a row not aligned with the header is read in order, as before, while the aligned rows of the same table are placed by column', () => {
    // Fewer cells than the header (a pipe row that lost its last cell), and a label moved one cell right (a cell merged with the row above).
    const rows = BLANK_FIRST.map((r) => (r[0] === '公车运行维护' ? ['公车运行维护', '6.00', '5.00'] : r[0] === '3、公务接待' ? ['', '3、公务接待', '4.50', '5.00', '3.20'] : r));
    for (const write of [pipe, tabs]) {
      const b = basicData(basicTable(write(rows)));
      expect(b.vehicleOperation).toEqual({ previousFinal: '6.00', budget: '5.00', final: null });
      expect(b.officialReception).toEqual({ previousFinal: '4.50', budget: '5.00', final: '3.20' });
      expect(b.vehiclePurchase).toEqual({ previousFinal: null, budget: '20.00', final: '20.00' });
    }
  });
});

/** Every line of the 经费控制情况 part, with the label the Hunan form gives it. */
const LINES: [keyof BasicDataTable, string][] = [
  ['threePublicExpenses', '三公经费'],
  ['officialVehicles', '1、公务用车购置和维护经费'],
  ['vehiclePurchase', '其中：公车购置'],
  ['vehicleOperation', '公车运行维护'],
  ['overseasTravel', '2、出国经费'],
  ['officialReception', '3、公务接待'],
  ['projectExpenditure', '项目支出：'],
  ['businessFunds', '1、业务工作经费'],
  ['maintenanceFunds', '2、运行维护经费'],
  ['publicFunds', '公用经费：'],
  ['officeExpenses', '其中：办公经费'],
  ['utilitiesAndTravel', '水费、电费、差旅费'],
  ['meetingsAndTraining', '会议费、培训费'],
  ['procurement', '政府采购金额'],
  ['basicBudgetAdjustment', '部门基本支出预算调整'],
];
const KEYS: (keyof CostLine)[] = ['previousFinal', 'budget', 'final'];

describe('基础数据表: blanking cells moves no figure to another column (property)', () => {
  const amount = fc.integer({ min: 0, max: 999_999 }).map((n) => (n / 100).toFixed(2));
  const figures = fc.array(fc.tuple(amount, amount, amount), { minLength: LINES.length, maxLength: LINES.length });
  const blanks = fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()), { minLength: LINES.length, maxLength: LINES.length });
  // A pipe table, a tab table, and a tab table whose titles and figures span two cells each (hengyang-2023's shape).
  const shapes = fc.constantFrom('pipe', 'tabs', 'spaced');

  it('each stated figure is read in its own column, each blank one is null', () => {
    fc.assert(
      fc.property(figures, blanks, shapes, (values, blanked, shape) => {
        const cell = (i: number, c: number) => (blanked[i]?.[c] ? '' : (values[i]?.[c] ?? ''));
        const rows: Row[] = [COLUMNS, ...LINES.map(([, label], i): Row => [label, cell(i, 0), cell(i, 1), cell(i, 2)])];
        const table = [...HEADCOUNT, ...rows];
        const body = shape === 'pipe' ? pipe(table) : shape === 'tabs' ? tabs(table) : tabs(table.map((r) => [r[0] ?? '', r[1] ?? '', '', r[2] ?? '', '', r[3] ?? '', '']));
        const b = basicData(basicTable(body));
        LINES.forEach(([key], i) => {
          const line = b[key] as CostLine;
          KEYS.forEach((col, c) => expect(line[col], `${key}.${col}`).toBe(cell(i, c) === '' ? null : cell(i, c)));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('基础数据表: the parts of 项目支出 as the 2018 Hunan form names them', () => {
  const form = (business: Row) =>
    basicTable(
      tabs([
        ...HEADCOUNT,
        COLUMNS,
        ['项目支出:', '420.00', '380.00', '415.50'],
        business,
        ['2、运行维护专项', '120.00', '80.00', '95.50'],
      ]),
    );

  it('业务工作专项 and 运行维护专项 are the 业务工作经费 and 运行维护经费 lines, and add up to 项目支出', () => {
    const text = form(['1、业务工作专项', '300.00', '300.00', '320.00']);
    const b = basicData(text);
    expect(b.businessFunds).toEqual({ previousFinal: '300.00', budget: '300.00', final: '320.00' });
    expect(b.maintenanceFunds).toEqual({ previousFinal: '120.00', budget: '80.00', final: '95.50' });
    expect(b.otherLines).toEqual([]);
    expect(checkText(text).filter((f) => f.rule === 'BASIC-SUM')).toEqual([]);
  });

  it('a 项目支出 that is not their sum is an error', () => {
    const findings = checkText(form(['1、业务工作专项', '300.00', '300.00', '300.00'])).filter((f) => f.rule === 'BASIC-SUM');
    expect(findings.map((f) => [f.location.row, f.expected, f.actual])).toEqual([['项目支出', '395.50', '415.50']]);
  });
});

/** The report's own scoring table, whose explanations mention 编制数, 在职人员 and 预算数 (our words and figures). */
const SCORING: Row[] = [
  ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '评分标准', '评分说明', '得分'],
  ['投入', '20', '预算编制', '20', '人员编制控制', '10', '以100%为基准，每超过一个百分点扣0.5分。', '年末在职人员76人，编制数80人，在职人员控制率为95.00%。', '10'],
  ['', '', '', '', '公用经费控制', '10', '公用经费决算数不超过预算数的得满分。', '本年公用经费预算数为50.00万元，2022年决算数为48.00万元。', '10'],
  ['过程', '30', '预算执行', '30', '预算完成率', '15', '完成率100%的得满分。', '全年预算完成率为98.50%。', '14'],
];

describe('基础数据表: a scoring table after it is not part of it', () => {
  for (const [form, write] of [['pipe tables', pipe], ['tab-separated tables', tabs]] as const) {
    it(`under a heading of its own (部门整体支出绩效评价指标表), in ${form}: the headcount stays, nothing of it is read`, () => {
      const text = `${basicTable(write(BLANK_FIRST))}\n## 部门整体支出绩效评价指标表\n\n${write(SCORING)}\n`;
      const imported = importText(text);
      const b = imported.report.basicData as BasicDataTable;
      expect([b.authorizedHeadcount, b.actualHeadcount, b.headcountControlRate]).toEqual(['80', '76', '95.00%']);
      expect([b.previousYear, b.currentYear]).toEqual([2021, 2022]);
      expect(b.otherLines).toEqual([]);
      expect(imported.report.projects).toEqual([]);
      expect(imported.notes.join('')).toContain('有 1 个表格无法识别');
    });
  }

  it('a basic-data table that goes on after a page break still continues, before the scoring table', () => {
    const [head, tail] = [BLANK_FIRST.slice(0, 6), BLANK_FIRST.slice(6)];
    const text = `${basicTable(`${tabs(head)}\n\n- 5 -\n\n${tabs(tail)}`)}\n部门整体支出绩效评价指标表（2022年度）\n\n${tabs(SCORING)}\n`;
    const b = importText(text).report.basicData as BasicDataTable;
    expect(b.basicBudgetAdjustment).toEqual({ previousFinal: null, budget: '800.00', final: '950.00' });
    expect(b.officialReception).toEqual({ previousFinal: '4.50', budget: '5.00', final: '3.20' });
    expect([b.authorizedHeadcount, b.actualHeadcount, b.headcountControlRate]).toEqual(['80', '76', '95.00%']);
    expect(b.otherLines).toEqual([]);
  });

  it('run on without a heading, its prose mentioning 编制数 and 在职人员 is not taken for the headcount header', () => {
    const text = basicTable(tabs([...BLANK_FIRST, ...SCORING]));
    const b = basicData(text);
    expect([b.authorizedHeadcount, b.actualHeadcount, b.headcountControlRate]).toEqual(['80', '76', '95.00%']);
    expect([b.previousYear, b.currentYear]).toEqual([2021, 2022]);
  });
});
