/** The kinds of 一级指标 the national templates name. */
export type Level1Kind = 'output' | 'benefit' | 'satisfaction' | 'cost';

/**
 * The kind of indicator a level name stands for, whatever a form calls it:
 * 产出指标 and 项目产出 are both outputs. Only the kinds of the national
 * templates (财预〔2020〕10号 and the 2021 成本 taxonomy); a department's own
 * 一级 (履职效能, 管理效率 …) has none.
 */
export function level1Kind(level1: string): Level1Kind | null {
  if (level1.includes('产出')) return 'output';
  if (level1.includes('效益') || level1.includes('可持续')) return 'benefit';
  if (level1.includes('满意')) return 'satisfaction';
  if (level1.includes('成本')) return 'cost';
  return null;
}

const LEVEL2_KINDS: [RegExp, Level1Kind][] = [
  [/^(数量|质量|时效)(指标)?$/, 'output'],
  [/^(经济效益|社会效益|生态效益|环境效益|可持续影响)(指标)?$/, 'benefit'],
  [/^服务对象满意度(指标)?$/, 'satisfaction'],
  [/^(经济成本|社会成本|生态环境成本|生态环境|生态成本|环境成本)(指标)?$/, 'cost'],
];

/**
 * The kind of 一级 a 二级 of the national templates stands under. 成本指标
 * alone has none: before 2021 it was a 二级 of 产出, since then a 一级.
 */
export function level2Kind(level2: string): Level1Kind | null {
  for (const [pattern, kind] of LEVEL2_KINDS) if (pattern.test(level2)) return kind;
  return null;
}

/**
 * Whether a 二级 of `inner` kind may stand under a 一级 of `outer` kind.
 * Older templates put 服务对象满意度指标 under 效益指标, as a 二级.
 */
export function mayStandUnder(outer: Level1Kind, inner: Level1Kind): boolean {
  return outer === inner || (outer === 'benefit' && inner === 'satisfaction');
}

/** The 一级 name of the national templates for each kind. */
export const LEVEL1_NAMES: Record<Level1Kind, string> = {
  output: '产出指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
  cost: '成本指标',
};
