import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { blankReport } from '../core/authoring/blank-report.js';
import { mof2020 } from '../core/scoring/rule-sets/mof-2020.js';
import type { ReadLimits } from '../importers/input-error.js';
import { loadReport } from '../node/load-report.js';
import { RenderError } from '../renderers/node/pdf-renderer.js';
import { renderToBytes } from '../renderers/node/render-file.js';
import { RENDER_FORMATS, type RenderFormat } from '../renderers/render.js';
import { chooseRules } from './check-report.js';
import { userMessage } from './user-message.js';

/**
 * `jixiao render FILE --to docx|xlsx|pdf|html|md|json [-o OUT] [--as-is]`: reads
 * any input `import` reads and writes the report in the format asked, its
 * derived figures recomputed from its inputs unless --as-is. `-o -` writes a
 * text format to standard output; without -o the output is FILE's name with
 * the new extension, in the current folder.
 *
 * `jixiao template --to xlsx [-o OUT]`: the blank form to fill in, which
 * `jixiao import` reads back.
 *
 * Exit codes: 0 written; 2 an unreadable input, a wrong option, or an output
 * that could not be made. Messages are Chinese; no stack trace.
 */
export interface RenderArgs {
  to: string | undefined;
  output: string | undefined;
  asIs: boolean;
  rulesName: string;
  limits: ReadLimits;
}

const TEXT_FORMATS = new Set<RenderFormat>(['html', 'md', 'json']);

export async function renderCommand(files: string[], a: RenderArgs): Promise<number> {
  const [file, ...rest] = files;
  if (!file || rest.length > 0) return fail('请指定一个要生成的报告文件，例如：jixiao render 报告.docx --to pdf');
  const format = formatOf(a.to);
  if (!format) return fail(`--to 须为 ${RENDER_FORMATS.join('、')} 之一。`);
  let loaded;
  try {
    loaded = await loadReport(file, a.limits);
  } catch (e) {
    return fail(userMessage(e, file));
  }
  const rules = chooseRules(a.rulesName, loaded);
  const out = a.output ?? `${basename(file, extname(file))}.${format}`;
  return write(out, format, () => renderToBytes(loaded.report, format, { rules, figures: a.asIs ? 'as-is' : 'mended' }));
}

export async function templateCommand(args: string[], a: Pick<RenderArgs, 'to' | 'output'>): Promise<number> {
  if (args.length > 0) return fail('template 不接受文件参数，例如：jixiao template --to xlsx -o 自评表.xlsx');
  const format = formatOf(a.to ?? 'xlsx');
  if (!format) return fail(`--to 须为 ${RENDER_FORMATS.join('、')} 之一。`);
  const report = blankReport();
  return write(a.output ?? `绩效自评模板.${format}`, format, () => renderToBytes(report, format, { rules: mof2020, figures: 'mended', blank: true }));
}

function formatOf(to: string | undefined): RenderFormat | null {
  const f = (to ?? '').toLowerCase().replace(/^markdown$/, 'md');
  return (RENDER_FORMATS as readonly string[]).includes(f) ? (f as RenderFormat) : null;
}

async function write(out: string, format: RenderFormat, make: () => Promise<Uint8Array>): Promise<number> {
  if (out === '-' && !TEXT_FORMATS.has(format)) return fail(`${format.toUpperCase()} 是二进制格式，不能输出到终端，请用 -o 指定文件名。`);
  let bytes: Uint8Array;
  try {
    bytes = await make();
  } catch (e) {
    if (e instanceof RenderError) return fail(e.userMessage);
    return fail(userMessage(e, out, `生成 ${format.toUpperCase()} 时`));
  }
  if (out === '-') {
    process.stdout.write(bytes);
    return 0;
  }
  try {
    // A folder named in -o that does not exist yet is made, as a user expects of `-o out/report.docx`.
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '所在文件夹不存在' : code === 'ENOTDIR' || code === 'EEXIST' ? '路径中有一段是文件而不是文件夹' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'EISDIR' ? '这是一个文件夹' : `错误 ${code ?? '未知'}`;
    return fail(`无法写入 ${out}：${why}。`);
  }
  process.stderr.write(`已生成 ${out}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
