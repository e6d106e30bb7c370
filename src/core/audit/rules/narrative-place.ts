import type { DepartmentReport, SectionKey } from '../../model/report.js';
import type { MentionScope, PlacedMention } from '../../narrative/mentions.js';
import type { AuditContext } from '../context.js';
import { Dec, statedDecimals } from '../../number/decimal.js';

/** The budget blocks of sections 二 to 五, with their model paths and the titles a finding names them by. */
export interface BlockPlace {
  key: 'basic' | 'project' | 'governmentFund' | 'stateCapital' | 'socialInsurance';
  path: string;
  /** "二、一般公共预算支出情况（一）基本支出情况". */
  title: string;
  /** "基本支出". */
  name: string;
}

const DEFAULT_TITLES: Record<SectionKey, string> = {
  profile: '一、单位基本情况',
  generalBudget: '二、一般公共预算支出情况',
  governmentFund: '三、政府性基金预算支出情况',
  stateCapital: '四、国有资本经营预算支出情况',
  socialInsurance: '五、社会保险基金预算支出情况',
  performance: '六、部门整体支出绩效情况',
  problems: '七、存在的问题及原因分析',
  improvements: '八、下一步改进措施',
  other: '九、其他需要说明的情况',
  attachments: '附件',
  unknown: '正文',
};

/** The heading of a section as the report writes it, with a subsection whose title contains `sub`. */
export function sectionTitle(report: DepartmentReport, key: SectionKey, sub?: string): string {
  const section = report.narrative.sections.find((s) => s.key === key);
  const title = section?.title ?? DEFAULT_TITLES[key];
  if (!sub) return title;
  const subsection = section?.subsections.find((s) => s.title.includes(sub));
  return `${title}${subsection?.title ?? `（${sub}）`}`;
}

const BLOCK_PLACES = { shared: 'budget blocks of the narrative' };

/** The narrative's budget blocks and where they stand, found once per report. */
export function blockPlaces(ctx: AuditContext): BlockPlace[] {
  return ctx.once(BLOCK_PLACES, () => findPlaces(ctx.report));
}

function findPlaces(report: DepartmentReport): BlockPlace[] {
  const s = report.spending;
  const out: BlockPlace[] = [];
  if (s.generalBudget.basic) out.push({ key: 'basic', path: 'spending.generalBudget.basic', title: sectionTitle(report, 'generalBudget', '基本支出'), name: '基本支出' });
  if (s.generalBudget.project) out.push({ key: 'project', path: 'spending.generalBudget.project', title: sectionTitle(report, 'generalBudget', '项目支出'), name: '项目支出' });
  if (s.governmentFund) out.push({ key: 'governmentFund', path: 'spending.governmentFund', title: sectionTitle(report, 'governmentFund'), name: '政府性基金预算支出' });
  if (s.stateCapital) out.push({ key: 'stateCapital', path: 'spending.stateCapital', title: sectionTitle(report, 'stateCapital'), name: '国有资本经营预算支出' });
  if (s.socialInsurance) out.push({ key: 'socialInsurance', path: 'spending.socialInsurance', title: sectionTitle(report, 'socialInsurance'), name: '社会保险基金预算支出' });
  return out;
}

export function blockOf(report: DepartmentReport, key: BlockPlace['key']) {
  const s = report.spending;
  switch (key) {
    case 'basic':
      return s.generalBudget.basic;
    case 'project':
      return s.generalBudget.project;
    default:
      return s[key];
  }
}

/** Whose figure a finding names, as a prefix of the figure's label: "基本支出", "“辅警经费”", "" for the department as a whole. */
export function scopeName(scope: MentionScope): string {
  switch (scope.kind) {
    case 'basic':
      return '基本支出';
    case 'project':
      return '项目支出';
    case 'projectItems':
      return '业务工作专项';
    case 'item':
      return `“${scope.name}”`;
    case 'total':
      return '';
  }
}

const YI_PLACES = { shared: 'places of the narrative figures written in 亿元, by block' };

/**
 * How far a figure made of `perBlock` figures of each block in `keys` may be
 * from the exact one when the text wrote those blocks in 亿元: half a unit of
 * the coarsest place written for each figure, in 万元 (1.24 亿元 → 50 each).
 * Null when none of those blocks is in 亿元; figures in 万元 or 元 keep their
 * places in the model, and statedTolerancePerPart reads them there.
 */
export function yiRoundingOf(ctx: AuditContext, keys: readonly BlockPlace['key'][], perBlock = 1): Dec | null {
  let total: Dec | null = null;
  for (const key of keys) {
    const half = yiHalfUnit(ctx, key);
    if (half !== null) total = (total ?? new Dec(0)).plus(half.times(perBlock));
  }
  return total;
}

function yiHalfUnit(ctx: AuditContext, key: BlockPlace['key']): Dec | null {
  const dp = yiPlacesOf(ctx, key);
  return dp === null ? null : new Dec(10).pow(4 - dp).div(2);
}

/**
 * The places the text wrote a block's figures in 亿元 to (the coarsest, when
 * they differ: 1.2 亿元 and 0.35 亿元 → 1); null when it wrote none in 亿元.
 * Findings quote that block's figures in 亿元 to these places.
 */
export function yiPlacesOf(ctx: AuditContext, key: BlockPlace['key']): number | null {
  const places = ctx.once(YI_PLACES, () => {
    const coarsest = new Map<BlockPlace['key'], number>();
    for (const m of ctx.mentions()) {
      if (m.unit !== '亿元' || m.implied || m.value.isZero()) continue; // "0 亿元" is exact, whatever its places
      const key = blockKeyOf(m);
      if (key === null) continue;
      const dp = statedDecimals(m.numberText);
      coarsest.set(key, Math.min(coarsest.get(key) ?? dp, dp));
    }
    return coarsest;
  });
  return places.get(key) ?? null;
}

/** The budget block a figure of the text belongs to: 二's 基本支出 or 项目支出 by its scope, 三 to 五 by their section; null elsewhere. */
function blockKeyOf(m: PlacedMention): BlockPlace['key'] | null {
  if (m.sectionKey === 'generalBudget') return m.scope.kind === 'basic' || m.scope.kind === 'project' ? m.scope.kind : null;
  return m.sectionKey === 'governmentFund' || m.sectionKey === 'stateCapital' || m.sectionKey === 'socialInsurance' ? m.sectionKey : null;
}
