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
      ], { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new RenderError(`未找到 Chromium（${chromiumPath()}），无法生成 PDF。请安装 chromium（Debian: apt-get install chromium），或用环境变量 JIXIAO_CHROMIUM 指定其路径。`);
      throw new RenderError(`Chromium 生成 PDF 失败：${(e as Error).message.split('\n')[0]}`);
    }
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A render that could not be done, with a Chinese message for the user. */
export class RenderError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'RenderError';
  }
}
