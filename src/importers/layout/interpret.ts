import type { DepartmentReport } from '../../core/model/report.js';
import { emptyProvenance, type Provenance } from '../../core/model/provenance.js';
import { InputError } from '../input-error.js';
import type { SourceDocument } from '../source-document.js';
import { readBasicData } from './basic-data-table.js';
import { readDepartmentEvaluation, readProjectEvaluation } from './evaluation-table.js';
import { logicalTables } from './logical-tables.js';
import { readNarrative } from './narrative.js';
import { subPath } from '../../core/util/model-path.js';
import { Recorder } from './recorder.js';

/**
 * Gives meaning to a SourceDocument: the one interpretation shared by every
 * reader, so a report gives the same figures whatever format it came in.
 */
export interface ImportedReport {
  report: DepartmentReport;
  provenance: Provenance;
  /** What the interpreter noticed and could not use, in Chinese. */
  notes: string[];
}

export function interpret(doc: SourceDocument): ImportedReport {
  const provenance = emptyProvenance();
  const notes = [...doc.notes];
  const { title, narrative, spending, end } = readNarrative(doc.blocks, provenance);
  const { tables, unrecognized } = logicalTables(doc.blocks, end);
  if (unrecognized > 0) notes.push(`有 ${unrecognized} 个表格无法识别为基础数据表、部门整体或项目支出绩效自评表，已略过。`);
  const report: DepartmentReport = {
    unit: '',
    year: null,
    region: null,
    title,
    narrative,
    spending,
    basicData: null,
    departmentEvaluation: null,
    projects: [],
  };
  for (const t of tables) {
    if (t.kind === 'basic') {
      if (report.basicData) {
        notes.push('发现不止一张基础数据表，只读取了第一张。');
        continue;
      }
      report.basicData = readBasicData(t, new Recorder(provenance, 'basicData'));
    } else if (t.kind === 'department') {
      if (report.departmentEvaluation) {
        notes.push('发现不止一张部门整体支出绩效自评表，只读取了第一张。');
        continue;
      }
      report.departmentEvaluation = readDepartmentEvaluation(t, new Recorder(provenance, 'departmentEvaluation'));
    } else {
      const i = report.projects.length;
      report.projects.push(readProjectEvaluation(t, new Recorder(provenance, subPath('projects', i))));
    }
  }
  const hasNarrative = narrative.sections.length > 0;
  const hasTables = report.basicData !== null || report.departmentEvaluation !== null || report.projects.length > 0;
  if (!hasNarrative && !hasTables) {
    // What the reader noticed (tables laid out with spaces, say) may be why: it is said too.
    throw new InputError(doc.file, 'not-a-report', `文件中没有找到绩效自评报告的内容（既无“一、…九、”各部分，也无基础数据表或绩效自评表），不像是一份绩效自评报告。${doc.notes.join('')}`);
  }
  const identity = identify(title, report, doc.file, tables.map((t) => t.caption));
  report.unit = identity.unit;
  report.year = identity.year;
  report.region = identity.region;
  return { report, provenance, notes };
}

/** What the name of a budget unit ends with. */
const UNIT_NAME = /[\u4e00-\u9fff]{2,}(局|委员会|委|院|所|中心|站|办公室|办|厅|部|会|学校|校|中学|小学|大学|馆|队|处|政府|医院|公司|集团|协会|社|台|场|园|段)(本级)?$/;

/**
 * The unit a title names before the money it reports on: "耒阳市第四中学专项资金" →
 * "耒阳市第四中学", a start that is a unit's name followed by such words; the text
 * as it is otherwise ("…支持地方社会公益事业项目资金" is no 社 and its 项目).
 */
function unitNamePrefix(text: string): string {
  if (UNIT_NAME.test(text)) return text;
  for (let end = text.length - 1; end >= 4; end--) {
    if (SUBJECT_AFTER_UNIT.test(text.slice(end)) && UNIT_NAME.test(text.slice(0, end))) return text.slice(0, end);
  }
  return text;
}

/** What a title names after its unit: the money or the spending it reports on. */
const SUBJECT_AFTER_UNIT = /^(?:专项资金|专项经费|专项|项目资金|项目支出|项目|资金|经费|整体支出|部门整体|部门)/;

/** What a title says after the unit's name: "部门整体支出绩效自评报告", "项目支出绩效单位自评报告", "绩效评价自评报告". */
const REPORT_WORDS = /(部门|单位)?(整体|项目)?(支出)?绩效\S*报告$|自评报告$|绩效报告$/;

/** A unit named by a label: "部门（单位）名称：X", "单位名称：X", "预算单位：X". */
const UNIT_LABEL = /(?:(?:预算)?部门(?:[（(]单位[）)])?名称|单位名称|预算单位|填报单位)\s*[:：]\s*([^\s:：，,。；;]{2,40})/;

/** A year named as a year: "2023年", "2023 年度", but not the year of a date ("2023年12月"). */
const YEAR_NAMED = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;
/** A year standing alone, not the start of a date ("2023-12-05", "2023.6.1", "2023/06"). */
const BARE_YEAR = /(?<!\d)((?:19|20)\d{2})(?![\d年]|\s*[-－./／]\s*\d)/;

/** A year in a file's name, standing apart from letters and digits ("衡阳2023.txt", "report-2023.docx"), not inside a hash ("000_8a2021f3.txt"). */
const YEAR_IN_FILE_NAME = /(?<![0-9A-Za-z])((?:19|20)\d{2})(?![0-9A-Za-z])/;

/** The unit, year and region, from the title, else the tables (their captions too), else the file name. */
function identify(title: string | null, report: DepartmentReport, file: string, captions: (string | null)[]): { unit: string; year: number | null; region: string | null } {
  let unit = '';
  let year: number | null = null;
  const fromTitle = title ?? '';
  const fileName = file.replace(/^.*[\\/]/, '');
  // A year named as such ("2023年度") before a bare one; a date ("2023-12-05", "2023年12月5日") is when it was published.
  const y = YEAR_NAMED.exec(fromTitle) ?? BARE_YEAR.exec(fromTitle);
  if (y) year = Number(y[1]);
  // A unit named by its label on the cover ("部门（单位）名称：…") is the surest.
  const labelled = UNIT_LABEL.exec([fromTitle, ...report.narrative.preamble].join('\n'));
  if (labelled?.[1] && UNIT_NAME.test(labelled[1])) unit = labelled[1];
  // Only a report's title names its unit ("…部门整体支出绩效自评报告"); a notice or a form title does not.
  if (unit === '' && title && /报告/.test(title)) {
    unit = title
      .replace(REPORT_WORDS, '')
      .replace(/(20\d{2}|19\d{2})\s*年度?/, '')
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/^[\s:：]+|[\s:：]+$/g, '')
      .replace(/^关于|的$/g, '')
      .trim();
    unit = unitNamePrefix(unit);
  }
  // A title on two lines ("2023年度衡阳市某局" / "部门整体支出绩效自评报告"): the unit is on the line above.
  if (unit === '' && report.narrative.preamble.length > 0) {
    const above = report.narrative.preamble[report.narrative.preamble.length - 1] ?? '';
    const name = above.replace(/(20\d{2}|19\d{2})\s*年度?/, '').trim();
    if (name.length <= 40 && UNIT_NAME.test(name)) unit = name;
    if (year === null) {
      const y3 = YEAR_NAMED.exec(above);
      if (y3) year = Number(y3[1]);
    }
  }
  // A project form names its unit as 主管部门, or only as 实施单位 when it leaves that blank.
  if (unit === '') unit = (report.departmentEvaluation?.unit || report.projects.find((p) => p.supervisor)?.supervisor || report.projects.find((p) => p.implementer)?.implementer || '').replace(/^[\dA-Za-z]+[-－—]/, '');
  if (year === null) {
    // A form's own title: "项目支出绩效自评表（2023年度）".
    const y4 = captions.map((c) => (c ? YEAR_NAMED.exec(c) : null)).find((m) => m);
    if (y4) year = Number(y4[1]);
  }
  if (year === null) {
    const y2 = YEAR_IN_FILE_NAME.exec(fileName) ?? YEAR_NAMED.exec(report.narrative.sections.flatMap((s) => s.paragraphs).join(''));
    if (y2) year = Number(y2[1]);
  }
  if (unit === '') unit = fileName.replace(/\.[^.]+$/, '');
  const region = /^(.{2,8}?(?:省|自治区|市|州|盟|地区|县|区))/.exec(unit)?.[1] ?? null;
  if (year === null && report.basicData?.currentYear) year = report.basicData.currentYear;
  return { unit, year, region };
}
