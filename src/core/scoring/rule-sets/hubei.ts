import type { ScoringRuleSet } from '../rule-set.js';
import { mof2020 } from './mof-2020.js';

/**
 * 湖北省 as its published 项目支出绩效自评表 states it (黄冈市 2020 年度表样, two
 * projects seen): 预算执行情况 20 分 with 得分 = 20 分 × 执行率, 年度绩效目标 80 分;
 * 正向指标得分 = 权重 × B ÷ A, 反向指标得分 = 权重 × A ÷ B, never above the
 * weight; 定性指标 in three bands 100–80%, 80–50%, 50–0%. What the form does
 * not say (grades, 成本节约率) stays the Ministry's.
 */
export const hubei: ScoringRuleSet = {
  ...mof2020,
  id: 'hubei',
  name: '湖北省项目支出绩效自评（预算执行 20 分、绩效目标 80 分）',
  source: '湖北省项目支出绩效自评表表样（黄冈市 2020 年度公开自评表的表头与备注：预算执行情况 20 分，得分 = 20 分 × 执行率；正向指标得分 = 权重 × B/A，反向指标得分 = 权重 × A/B；定性指标三档）',
  regions: ['湖北', '武汉', '黄石', '十堰', '宜昌', '襄阳', '鄂州', '荆门', '孝感', '荆州', '黄冈', '咸宁', '随州', '恩施', '仙桃', '潜江', '天门', '神农架'],
  executionWeight: '20',
  indicatorTotal: '80',
  level1Split: null,
  overTargetScoring: 'inverse-ratio',
  qualitativeBands: [
    { tier: '达成预期指标', min: '0.8', max: '1' },
    { tier: '部分达成预期指标', min: '0.5', max: '0.8' },
    { tier: '未达成预期指标', min: '0', max: '0.5' },
  ],
};
