import { parseArgs } from 'node:util';
import { AUDIT_RULES } from '../core/audit/registry.js';
import { FAMILY_NAMES } from '../core/audit/rule.js';
import { reportFigures } from '../core/calc/report-figures.js';
import { RULE_SETS } from '../core/scoring/rule-sets/index.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../importers/input-error.js';
import { loadReport } from '../node/load-report.js';
import { checkBatch } from './check-batch.js';
import { CheckOutput } from './check-output.js';
import { chooseRules } from './check-report.js';
import { expandInputs } from './inputs.js';
import { Progress } from './progress.js';
import { userMessage } from './user-message.js';
import { rulesMarkdown } from './rules-markdown.js';

/**
 * jixiao's command line. Exit codes: 0 no error finding; 1 some error
 * finding; 2 an input that could not be read or a wrong command. Messages
 * are Chinese; a stack trace never reaches the user.
 */
const HELP = `用法：jixiao <命令> [选项]

命令：
  check 文件或文件夹...   审核报告（文本、DOCX、XLSX、PDF，或 import 导出的 JSON），列出问题
  import 文件             输出报告的规范 JSON
  score 文件              输出全部计算数字与得分
  rules                   列出全部审核规则（--format markdown 生成 docs/rules.md）
  schema                  输出报告 JSON Schema
  render 文件 --to 格式   生成报告（docx、xlsx、pdf、html、md、json），数字按输入重新计算（--as-is 按原样）
  template --to xlsx      生成空白自评表，填好后可用 import、check 读取

选项：
  --format text|json      输出格式（默认 text）
  --rules 名称            评分规则：auto（默认，按地区识别）、${RULE_SETS.map((r) => r.id).join('、')}
  --max-size MB           输入文件大小上限（默认 50）
  -o, --output 文件       render、template 的输出文件（- 为标准输出）
  -h, --help              显示本帮助`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        rules: { type: 'string', default: 'auto' },
        'max-size': { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'as-is': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usage(`参数有误：${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return command || values.help ? 0 : 2;
  }
  const format = values.format ?? 'text';
  const rulesName = values.rules ?? 'auto';
  if (rulesName !== 'auto' && !RULE_SETS.some((r) => r.id === rulesName)) {
    return usage(`未知的评分规则“${rulesName}”。可用：auto、${RULE_SETS.map((r) => r.id).join('、')}。`);
  }
  const limits: ReadLimits = { ...DEFAULT_LIMITS };
  if (values['max-size'] !== undefined) {
    const mb = Number(values['max-size']);
    if (!Number.isFinite(mb) || mb <= 0) return usage('--max-size 须为正数（单位 MB）。');
    limits.maxFileBytes = Math.round(mb * 1024 * 1024);
  }
  switch (command) {
    case 'check':
      if (!['text', 'json'].includes(format)) return usage('check 的 --format 只能是 text 或 json。');
      return check(args, format as 'text' | 'json', rulesName, limits);
    case 'import':
      return single(args, limits, (loaded) => JSON.stringify(loaded.report, null, 2));
    case 'score':
      return single(args, limits, (loaded) => {
        const rules = chooseRules(rulesName, loaded);
        const figures = reportFigures(loaded.report, rules);
        if (format === 'json') return JSON.stringify({ file: loaded.file, unit: loaded.report.unit, year: loaded.report.year, rules: rules.id, figures }, null, 2);
        return scoreText(loaded.report.unit, rules.name, figures);
      });
    case 'rules':
      if (format === 'markdown') process.stdout.write(rulesMarkdown());
      else if (format === 'json') process.stdout.write(`${JSON.stringify({ rules: AUDIT_RULES.map(({ check: _c, ...r }) => r), ruleSets: RULE_SETS }, null, 2)}\n`);
      else process.stdout.write(`${AUDIT_RULES.map((r) => `${r.id}\t${{ error: '错误', warning: '提示', info: '信息' }[r.severity]}\t${FAMILY_NAMES[r.family]}\t${r.title}\n\t${r.description}\n\t依据：${r.source}`).join('\n')}\n`);
      return 0;
    case 'schema': {
      // The schema library takes a third of the start-up time: only `schema` and JSON inputs load it.
      const { reportJsonSchema } = await import('../core/model/schema.js');
      process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
      return 0;
    }
    case 'render':
      // The renderers (docx, exceljs) take a quarter of a second to load: only `render` and `template` pay for them.
      return (await import('./render-command.js')).renderCommand(args, { to: values.to, output: values.output, asIs: values['as-is'] ?? false, rulesName, limits });
    case 'template':
      return (await import('./render-command.js')).templateCommand(args, { to: values.to, output: values.output });
    default:
      return usage(`未知命令“${command}”。`);
  }
}

function usage(message: string): number {
  process.stderr.write(`${message}\n\n${HELP}\n`);
  return 2;
}

async function check(paths: string[], format: 'text' | 'json', rulesName: string, limits: ReadLimits): Promise<number> {
  if (paths.length === 0) return usage('请指定要审核的文件或文件夹。');
  const files = await expandInputs(paths);
  if (files.length === 0) {
    process.stderr.write('没有找到可审核的文件（支持 .txt .md .html .docx .xlsx .pdf）。\n');
    return 2;
  }
  const progress = new Progress(files.length);
  const out = new CheckOutput(format, files.length > 1);
  await checkBatch(files, rulesName, limits, format, (outcome, done) => {
    if (outcome.ok) out.report(outcome);
    else {
      progress.clear();
      process.stderr.write(`${outcome.message}\n`);
      out.unreadable(outcome);
    }
    progress.tick(done, outcome.file);
  });
  progress.clear();
  const { checked, failures } = out.end();
  if (failures.length > 0) return 2;
  return checked.some((c) => c.counts.error > 0) ? 1 : 0;
}

async function single(args: string[], limits: ReadLimits, render: (loaded: Awaited<ReturnType<typeof loadReport>>) => string): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) return usage('请指定一个文件。');
  try {
    const loaded = await loadReport(file, limits);
    process.stdout.write(`${render(loaded)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${userMessage(e, file)}\n`);
    return 2;
  }
}

function scoreText(unit: string, rulesName: string, figures: ReturnType<typeof reportFigures>): string {
  const lines = [`${unit}　评分规则：${rulesName}`];
  let group = '';
  for (const f of figures) {
    if (f.group !== group) {
      group = f.group;
      lines.push('', `【${group}】`);
    }
    lines.push(`  ${f.label}：${f.value}　＝ ${f.formula}`);
  }
  return lines.join('\n');
}

