import type { ScoringRuleSet } from '../rule-set.js';
import { mof2020 } from './mof-2020.js';

/**
 * 湖南省 as the reference report follows it (derived from the seed): the
 * 2021 taxonomy with 成本 as a 一级指标 and the project split
 * 成本 20 / 产出 20 / 效益 40 / 满意度 10; 成本节约率 from 全年预算数 in the
 * department table and from 年初预算数 in project tables.
 */
export const hunan: ScoringRuleSet = {
  ...mof2020,
  id: 'hunan',
  name: '湖南省部门整体支出及项目支出绩效自评（参考报告所循口径）',
  source: '财预〔2020〕10号；湖南省自评表模板（据参考报告 derived from the seed）',
  regions: ['湖南', '长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底', '湘西'],
  level1Split: { cost: '20', output: '20', benefit: '40', satisfaction: '10' },
  costSavingBasis: { department: 'adjustedBudget', project: 'initialBudget' },
};
