import type { Level1Kind } from '../model/level-kinds.js';

/**
 * A scoring rule set: how a province (or the Ministry) weights and scores a
 * self-evaluation. A new province is a new object of this shape in
 * rule-sets/, never a branch in code. Every setting DOMAIN.md marks *unsure*
 * lives here, with the reference report's behaviour as the default.
 */
export interface ScoringRuleSet {
  /** Stable ID used by `--rules`, e.g. "hunan". */
  id: string;
  /** Chinese name shown to users. */
  name: string;
  /** The document(s) it rests on. */
  source: string;
  /** Place names that select this rule set when `--rules auto` (the default). */
  regions: string[];
  /** 分值 of the execution rate (执行率) in the funds table: 10. */
  executionWeight: string;
  /** Total weight of all indicators: 90. */
  indicatorTotal: string;
  /**
   * Template split of the indicator weights by 一级指标, when the rule set
   * prescribes one (only shown as information: units may deviate).
   */
  level1Split: Partial<Record<Level1Kind, string>> | null;
  /** 执行率得分 = 分值 × 执行率, never above 分值 (DOMAIN.md §2; the cap is *unsure*). */
  capExecutionScore: boolean;
  /** Which budget 成本节约率 is computed from in each table (DOMAIN.md §2, *unsure*). */
  costSavingBasis: { department: BudgetBasis; project: BudgetBasis };
  /**
   * When an actual is at least this multiple of its target, a deviation note is
   * required (Guangxi: 1.3); null: never for over-achievement.
   */
  overAchievementNoteRatio: string | null;
  /** Execution rate below which a deviation note is required (Sichuan: 0.9); null: not required. */
  executionNoteBelow: string | null;
  /** Grade bands, highest first: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差. */
  grades: { min: string; grade: Grade }[];
  /**
   * How a ≤/< indicator whose actual exceeds its target scores:
   * 'linear-decrease' weight × (1 − (actual − target) ÷ target), zero from twice the target (DOMAIN.md §3);
   * 'inverse-ratio' weight × target ÷ actual (Hubei's forms: 反向指标得分 = 权重 × A ÷ B).
   */
  overTargetScoring: 'linear-decrease' | 'inverse-ratio';
  /** Share of the weight a qualitative indicator may get in each tier (DOMAIN.md §3). */
  qualitativeBands: { tier: string; min: string; max: string }[];
}

export type BudgetBasis = 'initialBudget' | 'adjustedBudget';
export type Grade = '优' | '良' | '中' | '差';
