import type { DepartmentEvaluation, DepartmentReport, ProjectEvaluation } from '../model/report.js';
import { figureSource, rowFigureSource, type Provenance } from '../model/provenance.js';
import type { SourceRef } from '../model/source-ref.js';
import type { PlacedMention } from '../narrative/mentions.js';
import { narrativeMentions } from '../narrative/narrative-mentions.js';
import type { ScoringRuleSet } from '../scoring/rule-set.js';
import { matchNames } from '../text/similarity.js';
import type { Finding, FindingLocation } from './finding.js';
import type { AuditRule } from './rule.js';
import { indicatorRows, TableSums, type IndicatorRow } from './table-figures.js';

/** One of the evaluation tables (附件2 or an 附件3), with the names a finding uses for it. */
export type TableView = DepartmentTableView | ProjectTableView;

interface DepartmentTableView extends TableViewBase {
  kind: 'department';
  table: DepartmentEvaluation;
}

interface ProjectTableView extends TableViewBase {
  kind: 'project';
  table: ProjectEvaluation;
}

interface TableViewBase {
  /** Model path: "departmentEvaluation" or "projects.3". */
  path: string;
  /** "附件2" / "附件3". */
  section: string;
  /** "部门整体支出绩效自评表" / "项目支出绩效自评表（辅警经费）". */
  name: string;
  /** Project index for project tables. */
  index: number;
  /** Its real indicator rows (template placeholders left out), figures read once. */
  rows: IndicatorRow[];
}

/** What a finding says, before the runner adds the rule's ID and severity. */
export interface Emission extends FindingLocation {
  message: string;
  expected?: string;
  actual?: string;
  /** Model path of the figure the finding is about; its source becomes the finding's source. */
  path?: string;
  /** When given, `path` is the figure's row and this its field: `${path}.${field}` is the figure. */
  field?: string;
}

export const DEPARTMENT_TABLE = '部门整体支出绩效自评表';
export const BASIC_DATA_TABLE = '部门整体支出绩效评价基础数据表';

function withRows(view: TableView): TableView {
  view.rows = indicatorRows(view);
  return view;
}

/**
 * Everything a rule may look at, computed at most once per report: the
 * tables, the figures the narrative names, the pairing of narrative projects
 * with project tables. Rules report through `emit`.
 */
export class AuditContext {
  readonly findings: Finding[] = [];
  private rule: AuditRule | null = null;
  private tablesCache: TableView[] | null = null;
  private itemMatchCache: Map<number, number> | null = null;
  private rowsCache: IndicatorRow[] | null = null;
  private mentionsCache: readonly PlacedMention[] | null = null;
  private readonly sumsCache = new Map<TableView, TableSums>();
  private readonly sharedCache = new Map<object, unknown>();

  constructor(
    readonly report: DepartmentReport,
    readonly rules: ScoringRuleSet,
    readonly provenance: Provenance,
  ) {}

  /**
   * What rules work out once per report and share, under a key their module
   * owns. Kept on the context rather than in module WeakMaps keyed by it: V8's
   * young-generation collector keeps a WeakMap's values alive, so each report's
   * shared results were copied and promoted, which cost more than computing them.
   */
  once<T>(key: object, compute: () => T): T {
    if (this.sharedCache.has(key)) return this.sharedCache.get(key) as T;
    const value = compute();
    this.sharedCache.set(key, value);
    return value;
  }

  /** Runs one rule, tagging what it emits. */
  run(rule: AuditRule): void {
    this.rule = rule;
    rule.check(this);
    this.rule = null;
  }

  emit(e: Emission): void {
    const rule = this.rule;
    if (!rule) throw new Error('emit outside a rule');
    const source = e.source ?? (e.path === undefined ? undefined : e.field === undefined ? this.sourceOf(e.path) : this.sourceOfField(e.path, e.field));
    const location: FindingLocation = {};
    if (e.section !== undefined) location.section = e.section;
    if (e.table !== undefined) location.table = e.table;
    if (e.row !== undefined) location.row = e.row;
    if (e.column !== undefined) location.column = e.column;
    if (source !== undefined) location.source = source;
    const f: Finding = { rule: rule.id, severity: rule.severity, message: e.message, location };
    if (e.expected !== undefined) f.expected = e.expected;
    if (e.actual !== undefined) f.actual = e.actual;
    this.findings.push(f);
  }

  /** The source of a figure, or of the nearest enclosing row or table that has one. */
  sourceOf(path: string): SourceRef | undefined {
    let p = path;
    for (;;) {
      const ref = figureSource(this.provenance, p);
      if (ref) return ref;
      const dot = p.lastIndexOf('.');
      if (dot < 0) return undefined;
      p = p.slice(0, dot);
    }
  }

  /** The source of a row's field, or of the nearest enclosing row or table that has one: sourceOf(`${row}.${field}`). */
  sourceOfField(row: string, field: string): SourceRef | undefined {
    return rowFigureSource(this.provenance, row, field) ?? this.sourceOf(row);
  }

  tables(): TableView[] {
    if (this.tablesCache) return this.tablesCache;
    const views: TableView[] = [];
    const dept = this.report.departmentEvaluation;
    if (dept) views.push(withRows({ kind: 'department', table: dept, path: 'departmentEvaluation', section: '附件2', name: DEPARTMENT_TABLE, index: -1, rows: [] }));
    this.report.projects.forEach((p, i) =>
      views.push(withRows({ kind: 'project', table: p, path: `projects.${i}`, section: '附件3', name: `项目支出绩效自评表（${p.name || `第${i + 1}个项目`}）`, index: i, rows: [] })),
    );
    this.tablesCache = views;
    return views;
  }

  /** Every real indicator row of the tables (template placeholders left out), with its figures read once. */
  indicators(): IndicatorRow[] {
    if (!this.rowsCache) {
      const rows: IndicatorRow[] = [];
      for (const t of this.tables()) for (const r of t.rows) rows.push(r);
      this.rowsCache = rows;
    }
    return this.rowsCache;
  }

  /** A table's 分值 and 得分 columns added up once. */
  sums(t: TableView): TableSums {
    let s = this.sumsCache.get(t);
    if (!s) {
      s = new TableSums(t.rows);
      this.sumsCache.set(t, s);
    }
    return s;
  }

  /**
   * Every figure the narrative names, in reading order, each with its place in
   * the source: the narrative's own list, shared with the importer (which found
   * them with the same provenance), so never to be changed.
   */
  mentions(): readonly PlacedMention[] {
    this.mentionsCache ??= narrativeMentions(this.report.narrative, this.provenance);
    return this.mentionsCache;
  }

  /** Narrative project item index → project table index, by name. */
  itemMatches(): Map<number, number> {
    if (!this.itemMatchCache) {
      this.itemMatchCache = matchNames(
        this.report.spending.generalBudget.projectItems.map((p) => p.name),
        this.report.projects.map((p) => p.name),
      );
    }
    return this.itemMatchCache;
  }
}

