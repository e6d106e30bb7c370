import type { ScoringRuleSet } from '../rule-set.js';
import { hubei } from './hubei.js';
import { hunan } from './hunan.js';
import { mof2020 } from './mof-2020.js';

/** Every rule set, by ID. A province is added here and nowhere else. */
export const RULE_SETS: readonly ScoringRuleSet[] = [mof2020, hunan, hubei];

export function findRuleSet(id: string): ScoringRuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/**
 * The rule set for a report when the user chose none: the first whose region
 * names appear in the unit's name, region or title; otherwise mof-2020.
 * 衡阳市强制隔离戒毒所 → hunan.
 */
export function ruleSetFor(text: string): ScoringRuleSet {
  for (const r of RULE_SETS) if (r.regions.some((place) => text.includes(place))) return r;
  return mof2020;
}
