import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's Chromium is; JIXIAO_CHROMIUM names another. */
export function chromiumPath(): string {
  return process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Prints a standalone HTML page (renderHtml) to PDF with headless Chromium:
 * A4 and margins come from the page's own @page rules, page numbers from its
 * margin boxes; Chromium embeds the subset of each font it uses. A private
 * profile per call, so concurrent renders do not share one; no network.
 * Throws RenderError with a Chinese message when Chromium is missing or fails.
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-pdf-'));
  try {
    const input = join(dir, 'report.html');
    const output = join(dir, 'report.pdf');
    await writeFile(input, html, 'utf8');
    try {
      await run(chromiumPath(), [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-quic',
        '--mute-audio', '--hide-scrollbars', `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer', '--generate-pdf-document-outline', `--print-to-pdf=${output}`, pathToFileURL(input).href,
      ], { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new RenderError(`未找到 Chromium（${chromiumPath()}），无法生成 PDF。请安装 chromium（Debian: apt-get install chromium），或用环境变量 JIXIAO_CHROMIUM 指定其路径。`);
      // execFile's own message is English and quotes the whole command line: the user is told what happened instead.
      const timedOut = (e as { killed?: boolean }).killed === true;
      throw notPrinted(timedOut ? `超过 ${PRINT_TIMEOUT_MS / 1000} 秒仍未完成` : `Chromium 报错退出${typeof code === 'number' ? `，退出码 ${code}` : ''}`);
    }
    try {
      return new Uint8Array(await readFile(output));
    } catch {
      throw notPrinted('Chromium 没有生成 PDF 文件');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** How long Chromium may take to print one report. */
const PRINT_TIMEOUT_MS = 60_000;

function notPrinted(why: string): RenderError {
  return new RenderError(`Chromium 未能生成 PDF（${why}）。请确认 ${chromiumPath()} 能正常运行，或改为生成 HTML 后在浏览器中打印为 PDF。`);
}

/** A render that could not be done, with a Chinese message for the user. */
export class RenderError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'RenderError';
  }
}
