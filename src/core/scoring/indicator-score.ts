import { compare, isBelowZero, ONE, ratio, ZERO, type Dec } from '../number/decimal.js';
import type { ScoringRuleSet } from './rule-set.js';
import { sameUnit, type ParsedTarget, type QuantityTarget } from './target.js';

/**
 * The score a quantitative indicator should get under the written rules
 * (DOMAIN.md §3, [vendor], 10号 in principle):
 * - ≥ or >: met → full weight; else weight × actual ÷ target;
 * - = 0 (e.g. =0次): actual ≤ 0 → full, else 0; = with a target above 0: as ≥;
 * - ≤ or <: met → full; target < actual < 2×target → weight × (1 − (actual − target) ÷ target); beyond → 0
 *   (or weight × target ÷ actual where the rule set says so: `overTargetScoring`);
 * - never above the weight, never below 0.
 * When the actual is written as a completion ratio in % against a target in
 * another unit ("94.75%" against "≥48公斤/人/月"), the ratio is what is scored:
 * weight × min(ratio, 100%).
 *
 * Example: ≥48公斤/人/月, actual 94.75%, weight 5 → 4.7375 (shown 4.74).
 */
export type ScoreOutcome =
  | { kind: 'computed'; score: Dec; byCompletionRatio: boolean }
  | { kind: 'qualitative' }
  | { kind: 'unscorable'; reason: string };

export function expectedIndicatorScore(target: ParsedTarget, actual: ParsedTarget, weight: Dec, overTarget: ScoringRuleSet['overTargetScoring'] = 'linear-decrease'): ScoreOutcome {
  if (actual.kind !== 'quantity') return { kind: target.kind === 'quantity' ? 'unscorable' : 'qualitative', reason: '实际完成值不是数值' };
  if (target.kind !== 'quantity') {
    return actual.unit === '%' ? byRatio(actual, weight) : { kind: 'qualitative' };
  }
  if (target.unit !== '' && actual.unit !== '' && !sameUnit(target.unit, actual.unit)) {
    if (actual.unit === '%') return byRatio(actual, weight);
    return { kind: 'unscorable', reason: `指标值单位“${target.unit}”与实际完成值单位“${actual.unit}”不同` };
  }
  return { kind: 'computed', score: clamp(direct(target, actual.value, weight, overTarget), weight), byCompletionRatio: false };
}

function byRatio(actual: QuantityTarget, weight: Dec): ScoreOutcome {
  // The completion ratio of "94.75%", divided once per figure.
  const r = ratio(actual.valueText);
  return { kind: 'computed', score: clamp(weight.times(compare(r, ONE) > 0 ? ONE : r), weight), byCompletionRatio: true };
}

function direct(target: QuantityTarget, a: Dec, weight: Dec, overTarget: ScoringRuleSet['overTargetScoring']): Dec {
  const t = target.value;
  switch (target.comparator) {
    case '=':
      if (t.isZero()) return compare(a, ZERO) <= 0 ? weight : ZERO;
      return atLeast(t, a, weight, false);
    case '>=':
      return atLeast(t, a, weight, false);
    case '>':
      return atLeast(t, a, weight, true);
    case '<=':
      return atMost(t, a, weight, false, overTarget);
    case '<':
      return atMost(t, a, weight, true, overTarget);
  }
}

function atLeast(t: Dec, a: Dec, weight: Dec, strict: boolean): Dec {
  const c = compare(a, t);
  if (strict ? c > 0 : c >= 0) return weight;
  if (compare(t, ZERO) <= 0) return ZERO;
  return weight.times(a).div(t);
}

function atMost(t: Dec, a: Dec, weight: Dec, strict: boolean, overTarget: ScoringRuleSet['overTargetScoring']): Dec {
  const c = compare(a, t);
  if (strict ? c < 0 : c <= 0) return weight;
  if (compare(t, ZERO) <= 0) return ZERO;
  if (overTarget === 'inverse-ratio') return weight.times(t).div(a);
  if (compare(a, t.times(2)) >= 0) return ZERO;
  return weight.times(ONE.minus(a.minus(t).div(t)));
}

function clamp(score: Dec, weight: Dec): Dec {
  if (isBelowZero(score)) return ZERO;
  return compare(score, weight) > 0 ? weight : score;
}
