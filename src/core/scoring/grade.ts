import { dec, type Dec } from '../number/decimal.js';
import type { Grade, ScoringRuleSet } from './rule-set.js';

/** 等级 of a total score: 99.34 → 优 (财政部预算司: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60). */
export function gradeOf(total: Dec, rules: ScoringRuleSet): Grade {
  for (const band of rules.grades) if (total.gte(dec(band.min))) return band.grade;
  return rules.grades[rules.grades.length - 1]?.grade ?? '差';
}
