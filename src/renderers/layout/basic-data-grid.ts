import type { BasicDataTable, CostLine } from '../../core/model/report.js';
import { amountCell, live, pointsCell, rateCell } from './figure-cells.js';
import { label, text, type Grid, type GridCell } from './grid.js';

/**
 * 附件1 部门整体支出绩效评价基础数据表 laid out as the Hunan form prints it
 * (the reference report's table): seven columns, each cost line's three
 * figures in merged pairs of columns. With `formulas`, the totals and the
 * control rates are live (三公经费 = SUM of its three lines, 控制率 = 实际 ÷ 编制).
 */
const COLS: (keyof CostLine)[] = ['previousFinal', 'budget', 'final'];
const COLUMN_LETTER: Record<keyof CostLine, string> = { previousFinal: 'p', budget: 'b', final: 'f' };

export function basicDataGrid(b: BasicDataTable, formulas: boolean): Grid {
  const rows: GridCell[][] = [];
  const cur = b.currentYear ? `${b.currentYear}年` : '本年';
  const prev = b.previousYear ? `${b.previousYear}年` : '上年';
  rows.push([label(0, '财政供养人员情况', { rowSpan: 2 }), label(1, '编制数', { colSpan: 2 }), label(3, `${cur}实际在职人数`, { colSpan: 2 }), label(5, '控制率', { colSpan: 2 })]);
  rows.push([
    pointsCell(1, b.authorizedHeadcount, { id: 'authorized' }, { colSpan: 2 }),
    pointsCell(3, b.actualHeadcount, { id: 'actual' }, { colSpan: 2 }),
    rateCell(5, b.headcountControlRate, live(formulas, undefined, 'IF({authorized}=0,"",{actual}/{authorized})'), { colSpan: 2 }),
  ]);
  rows.push([label(0, `经费控制情况（${b.moneyUnit}）`), label(1, `${prev}决算数`, { colSpan: 2 }), label(3, `${cur}预算数`, { colSpan: 2 }), label(5, `${cur}决算数`, { colSpan: 2 })]);
  const lines = new Map<string, CostLine>([
    ['vehicles', b.officialVehicles], ['overseas', b.overseasTravel], ['reception', b.officialReception],
    ['purchase', b.vehiclePurchase], ['operation', b.vehicleOperation],
    ['business', b.businessFunds], ['maintenance', b.maintenanceFunds], ...b.specialFunds.map((s, i): [string, CostLine] => [`special${i}`, s]),
  ]);
  const line = (name: string, key: string, l: CostLine, parts?: string[]) => {
    rows.push([
      text(0, name),
      ...COLS.map((c, i) => {
        const id = `${key}.${COLUMN_LETTER[c]}`;
        // A total stated without any of its parts is an input; an empty form gets its formulas.
        const given = parts?.some((p) => lines.get(p)?.[c] != null) || l[c] === null;
        const formula = parts && parts.length > 0 && given ? `SUM(${parts.map((p) => `{${p}.${COLUMN_LETTER[c]}}`).join(',')})` : undefined;
        return amountCell(1 + 2 * i, l[c], live(formulas, id, formula), { colSpan: 2 });
      }),
    ]);
  };
  const empty = (name: string) => rows.push([text(0, name), ...[1, 3, 5].map((c) => text(c, '', { colSpan: 2 }))]);
  line('三公经费', 'three', b.threePublicExpenses, ['vehicles', 'overseas', 'reception']);
  line('1、公务用车购置和维护经费', 'vehicles', b.officialVehicles, ['purchase', 'operation']);
  line('其中：公车购置', 'purchase', b.vehiclePurchase);
  line('公车运行维护', 'operation', b.vehicleOperation);
  line('2、出国经费', 'overseas', b.overseasTravel);
  line('3、公务接待', 'reception', b.officialReception);
  const special = b.specialFunds.map((_, i) => `special${i}`);
  line('项目支出：', 'project', b.projectExpenditure, ['business', 'maintenance', ...special]);
  line('1、业务工作经费', 'business', b.businessFunds);
  line('2、运行维护经费', 'maintenance', b.maintenanceFunds);
  empty('3、本级专项资金（一个专项一行）');
  b.specialFunds.forEach((s, i) => line(s.name, `special${i}`, s));
  line('公用经费：', 'public', b.publicFunds);
  line('其中：办公经费', 'office', b.officeExpenses);
  line('水费、电费、差旅费', 'utilities', b.utilitiesAndTravel);
  line('会议费、培训费', 'meetings', b.meetingsAndTraining);
  line('政府采购金额', 'procurement', b.procurement);
  line('部门基本支出预算调整', 'adjustment', b.basicBudgetAdjustment);
  b.otherLines.forEach((s, i) => line(s.name, `other${i}`, s));
  rows.push([
    label(0, `楼堂馆所控制情况（${cur}完工项目）`),
    label(1, '批复规模（平方米）'), label(2, '实际规模（平方米）'), label(3, '规模控制率'),
    label(4, `预算投资（${b.moneyUnit}）`), label(5, `实际投资（${b.moneyUnit}）`), label(6, '投资概算控制率'),
  ]);
  const g = b.buildings;
  if (Object.values(g).some((v) => v !== null)) {
    rows.push([
      text(0, ''),
      pointsCell(1, g.approvedArea, { id: 'approvedArea' }),
      pointsCell(2, g.actualArea, { id: 'actualArea' }),
      rateCell(3, g.areaControlRate, live(formulas, undefined, 'IF({approvedArea}=0,"",{actualArea}/{approvedArea})')),
      amountCell(4, g.budgetedInvestment, { id: 'budgetedInvestment' }),
      amountCell(5, g.actualInvestment, { id: 'actualInvestment' }),
      rateCell(6, g.investmentControlRate, live(formulas, undefined, 'IF({budgetedInvestment}=0,"",{actualInvestment}/{budgetedInvestment})')),
    ]);
  }
  rows.push([label(0, '厉行节约保障措施'), text(1, b.thriftMeasures, { colSpan: 6 })]);
  return { widths: [132, 78, 78, 78, 78, 78, 78], rows };
}
