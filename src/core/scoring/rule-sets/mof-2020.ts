import type { ScoringRuleSet } from '../rule-set.js';

/** 财政部《项目支出绩效评价管理办法》财预〔2020〕10号: the national default. */
export const mof2020: ScoringRuleSet = {
  id: 'mof-2020',
  name: '财政部项目支出绩效评价管理办法（财预〔2020〕10号）',
  source: '财预〔2020〕10号 附件1、附件2；财政部预算司等级划分（优≥90、良80–90、中60–80、差<60）',
  regions: [],
  executionWeight: '10',
  indicatorTotal: '90',
  level1Split: { output: '50', benefit: '30', satisfaction: '10' },
  capExecutionScore: true,
  // 10号 does not define 成本节约率; the reference report's convention is the default (DOMAIN.md §2).
  costSavingBasis: { department: 'adjustedBudget', project: 'initialBudget' },
  overTargetScoring: 'linear-decrease',
  overAchievementNoteRatio: null,
  executionNoteBelow: null,
  grades: [
    { min: '90', grade: '优' },
    { min: '80', grade: '良' },
    { min: '60', grade: '中' },
    { min: '0', grade: '差' },
  ],
  qualitativeBands: [
    { tier: '达成年度指标', min: '0.8', max: '1' },
    { tier: '部分达成并具有一定效果', min: '0.6', max: '0.8' },
    { tier: '未达成且效果较差', min: '0', max: '0.6' },
  ],
};
