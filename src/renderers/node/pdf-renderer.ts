import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runOnFile } from '../../node/external-tool.js';

/** Where Debian's Chromium is; JIXIAO_CHROMIUM names another. */
export function chromiumPath(): string {
  return process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Prints a standalone HTML page (renderHtml) to PDF with headless Chromium:
 * A4 and margins come from the page's own @page rules, page numbers from its
 * margin boxes; Chromium embeds the subset of each font it uses. A private
 * profile per call (runOnFile's folder), so concurrent renders do not share
 * one; no network.
 * Throws RenderError with a Chinese message when Chromium is missing or fails.
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const result = await runOnFile({
    program: chromiumPath(),
    prefix: 'jixiao-pdf-',
    input: { name: 'report.html', data: html },
    output: 'report.pdf',
    args: (dir, input) => [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-quic',
      '--mute-audio', '--hide-scrollbars', `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer', '--generate-pdf-document-outline', `--print-to-pdf=${join(dir, 'report.pdf')}`, pathToFileURL(input).href,
    ],
    timeoutMs: PRINT_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  if ('bytes' in result) return result.bytes;
  const failure = result.failure;
  switch (failure.kind) {
    case 'missing':
      throw new RenderError(`未找到 Chromium（${chromiumPath()}），无法生成 PDF。请安装 chromium（Debian: apt-get install chromium），或用环境变量 JIXIAO_CHROMIUM 指定其路径。`);
    case 'timeout':
      throw notPrinted(`超过 ${PRINT_TIMEOUT_MS / 1000} 秒仍未完成`);
    case 'failed':
      throw notPrinted(`Chromium 报错退出${failure.exitCode !== null ? `，退出码 ${failure.exitCode}` : ''}`);
    case 'no-output':
      throw notPrinted('Chromium 没有生成 PDF 文件');
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
