import type { DepartmentReport } from '../../core/model/report.js';
import type { ScoringRuleSet } from '../../core/scoring/rule-set.js';
import { basicDataGrid } from './basic-data-grid.js';
import { departmentGrid, projectGrid } from './evaluation-grid.js';
import type { Grid } from './grid.js';

/**
 * A report as the renderers draw it, in reading order: the title, the
 * sections 一 to 九 (一级标题 "一、…", 二级标题 "（一）…", body paragraphs), the
 * list of attachments, then each attachment on a page of its own ("附件1", its
 * caption, its table). Built once; DOCX, HTML (and so PDF) and Markdown walk
 * the same blocks.
 */
export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'attachmentList'; items: string[] }
  | { kind: 'attachment'; number: string; caption: string; grid: Grid; sheet: string };

export interface ReportDocument {
  title: string;
  blocks: DocBlock[];
}

export interface LayoutOptions {
  rules: ScoringRuleSet;
  /** Live formulas in spreadsheets: for a mended report, whose figures the formulas reproduce. */
  formulas: boolean;
  /**
   * A blank form (`jixiao template`): formulas in empty cells too, ready for
   * the figures to be typed in. Otherwise an empty figure stays empty, since a
   * formula there would show a figure the report does not have.
   */
  blank?: boolean;
}

export function reportTitle(r: DepartmentReport): string {
  if (r.title) return r.title;
  return `${r.year ? `${r.year}年度` : ''}${r.unit}部门整体支出绩效自评报告`;
}

export function reportDocument(r: DepartmentReport, opts: LayoutOptions): ReportDocument {
  const blocks: DocBlock[] = [];
  const title = reportTitle(r);
  blocks.push({ kind: 'title', text: title });
  for (const p of r.narrative.preamble) blocks.push({ kind: 'paragraph', text: p });
  for (const s of r.narrative.sections) {
    if (s.key === 'attachments') continue;
    blocks.push({ kind: 'heading', level: 1, text: s.title });
    for (const p of s.paragraphs) blocks.push({ kind: 'paragraph', text: p });
    for (const u of s.subsections) {
      blocks.push({ kind: 'heading', level: 2, text: u.title });
      for (const p of u.paragraphs) blocks.push({ kind: 'paragraph', text: p });
    }
  }
  const attachments = attachmentBlocks(r, opts);
  if (attachments.length > 0) {
    const names = [...new Set(attachments.map((a) => `${a.number.replace('附件', '')}.${a.caption}`))];
    blocks.push({ kind: 'attachmentList', items: names });
    blocks.push(...attachments);
  }
  return { title, blocks };
}

type Attachment = Extract<DocBlock, { kind: 'attachment' }>;

/** The three attachments in order; 附件3 once per project. */
export function attachmentBlocks(r: DepartmentReport, opts: LayoutOptions): Attachment[] {
  const out = layOut(r, opts);
  if (!opts.blank) for (const a of out) for (const row of a.grid.rows) for (const c of row) if (c.formula !== undefined && c.text === '') delete c.formula;
  return out;
}

function layOut(r: DepartmentReport, opts: LayoutOptions): Attachment[] {
  const out: Attachment[] = [];
  if (r.basicData) out.push({ kind: 'attachment', number: '附件1', caption: '部门整体支出绩效评价基础数据表', grid: basicDataGrid(r.basicData, opts.formulas), sheet: '附件1 基础数据表' });
  if (r.departmentEvaluation) out.push({ kind: 'attachment', number: '附件2', caption: '部门整体支出绩效自评表', grid: departmentGrid(r.departmentEvaluation, opts.rules, opts.formulas), sheet: '附件2 部门整体自评表' });
  r.projects.forEach((p, i) => {
    out.push({ kind: 'attachment', number: '附件3', caption: '项目支出绩效自评表', grid: projectGrid(p, opts.rules, opts.formulas), sheet: r.projects.length > 1 ? `附件3-${i + 1} 项目自评表` : '附件3 项目自评表' });
  });
  return out;
}
