import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../input-error.js';
import type { ReaderFinding, SourceDocument } from '../source-document.js';
import { layoutDocument } from './document-layout.js';
import type { PageContent } from './geometry.js';
import { loadPdfjs, pdfjsAssets, type Pdfjs } from './node/pdfjs-node.js';
import { extractPage } from './page-extract.js';
import { layoutPage, type PageLayout } from './page-layout.js';
import { Deadline, withDeadline } from './deadline.js';

export interface ReadPdfOptions {
  /**
   * Longest time the whole read may take, in milliseconds (default 120 000).
   * pdf.js recovers from damaged files by searching them, which on a crafted
   * file can take very long; past this budget the read stops with 'corrupt'.
   */
  timeBudgetMs?: number;
}

const DEFAULT_TIME_BUDGET_MS = 120_000;

/**
 * Reads a PDF report into the neutral SourceDocument form: headings and
 * paragraphs (joined across line and page ends, page furniture dropped) and
 * tables as full grids (merged cells resolved, tables broken by a page end
 * joined), every piece with its page.
 *
 * Throws InputError: 'scanned' when no page has a text layer, 'encrypted'
 * when a password is needed, 'corrupt' when the file cannot be parsed (or
 * parsing exceeds the time budget), 'too-large' above `maxFileBytes` or
 * `maxPdfPages`, 'empty' for an empty file or a PDF without any content.
 *
 * Example: `await readPdf(bytes, '报告.pdf')` on a one-page report gives
 * blocks like `{ kind: 'heading', level: 1, text: '2023年度…自评报告', at: { file: '报告.pdf', page: 1 } }`.
 */
export async function readPdf(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS, options: ReadPdfOptions = {}): Promise<SourceDocument> {
  checkBytes(bytes, file, limits);
  const deadline = new Deadline(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const pdfjs = await loadPdfjs();
  const { pages, findings } = await readPages(pdfjs, bytes, file, limits, deadline);
  const notes: string[] = [];
  const readerFindings: ReaderFinding[] = [...findings];

  if (pages.length === 0) throw new InputError(file, 'corrupt', 'PDF 文件已损坏，没有一页能够读取。');
  if (!pages.some((p) => p.hasText)) {
    if (pages.some((p) => p.hasImages)) {
      throw new InputError(file, 'scanned', 'PDF 没有文字层（可能是扫描件），无法读取其中的数字；请提供可复制文字的 PDF 或原始 Word/Excel 文件。');
    }
    throw new InputError(file, 'empty', 'PDF 中没有任何文字内容。');
  }
  for (const p of pages) {
    if (p.hasText || !p.hasImages) continue;
    readerFindings.push({
      rule: 'PDF-PAGE-SCANNED',
      severity: 'warning',
      message: `第 ${p.page} 页没有文字层（可能是扫描图片），该页内容未能读取。`,
      at: { file, page: p.page },
    });
  }
  const unreadable = unreadableText(pages, file);
  if (unreadable) readerFindings.push(unreadable);
  if (!hasEndMarker(bytes)) notes.push('PDF 文件缺少结束标记，可能不完整；已尽量读取现有内容。');
  return { file, format: 'pdf', blocks: layoutDocument(pages, file), notes, readerFindings };
}

/** Share of unreadable characters above which the reader warns that text may be misread. */
const UNREADABLE_SHARE = 0.02;

/** A warning when fonts without a text mapping turned part of the text into unreadable characters. */
function unreadableText(pages: readonly PageLayout[], file: string): ReaderFinding | undefined {
  const chars = pages.reduce((n, p) => n + p.chars, 0);
  const unreadable = pages.reduce((n, p) => n + p.unreadable, 0);
  if (unreadable === 0 || unreadable < chars * UNREADABLE_SHARE) return undefined;
  const first = pages.find((p) => p.unreadable > 0)!;
  return {
    rule: 'PDF-TEXT-UNMAPPED',
    severity: 'warning',
    message: `PDF 中有 ${unreadable} 个字符无法转换为文字（字体缺少编码映射），相关文字和数字可能读错或缺失；请核对，或提供原始 Word/Excel 文件。`,
    at: { file, page: first.page },
  };
}

/** Quick checks before pdf.js sees the bytes. */
function checkBytes(bytes: Uint8Array, file: string, limits: ReadLimits): void {
  if (bytes.length === 0) throw new InputError(file, 'empty', '文件为空（0 字节）。');
  if (bytes.length > limits.maxFileBytes) {
    throw new InputError(file, 'too-large', `文件大小 ${(bytes.length / 1048576).toFixed(1)} MB，超过上限 ${(limits.maxFileBytes / 1048576).toFixed(0)} MB。`);
  }
  if (findAscii(bytes.subarray(0, 1024), '%PDF-') < 0) throw new InputError(file, 'corrupt', '文件不是有效的 PDF（找不到 PDF 文件头）。');
}

/** A complete PDF ends with "%%EOF" (give or take trailing junk); a truncated download does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  return findAscii(bytes.subarray(Math.max(0, bytes.length - 2048)), '%%EOF') >= 0;
}

function findAscii(bytes: Uint8Array, needle: string): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + codes.length <= bytes.length; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

async function readPages(pdfjs: Pdfjs, bytes: Uint8Array, file: string, limits: ReadLimits, deadline: Deadline): Promise<{ pages: PageLayout[]; findings: ReaderFinding[] }> {
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of (detach) the buffer it is given, and refuses a Buffer: hand it a plain copy.
    data: new Uint8Array(bytes),
    ...pdfjsAssets,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  const budget = deadline.budgetMs < 1000 ? `${deadline.budgetMs} 毫秒` : `${Math.round(deadline.budgetMs / 1000)} 秒`;
  const timedOut = (): InputError => new InputError(file, 'corrupt', `PDF 解析超时（超过 ${budget}），文件可能已损坏或结构异常。`);
  try {
    const doc = await withDeadline(task.promise, deadline, timedOut).catch((error: unknown) => {
      throw loadError(error, file);
    });
    if (doc.numPages > limits.maxPdfPages) throw new InputError(file, 'too-large', `PDF 共 ${doc.numPages} 页，超过可读取的上限 ${limits.maxPdfPages} 页。`);
    const pages: PageLayout[] = [];
    const findings: ReaderFinding[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let content: PageContent;
      try {
        const page = await withDeadline(doc.getPage(n), deadline, timedOut);
        content = await withDeadline(extractPage(page, pdfjs.OPS), deadline, timedOut);
        page.cleanup();
      } catch (error) {
        if (error instanceof InputError) throw error;
        findings.push({ rule: 'PDF-PAGE-UNREADABLE', severity: 'error', message: `第 ${n} 页已损坏，无法读取其内容。`, at: { file, page: n } });
        continue;
      }
      pages.push(layoutPage(content));
    }
    return { pages, findings };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** pdf.js's load failures in the user's words. */
function loadError(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error;
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'PasswordException') return new InputError(file, 'encrypted', 'PDF 已加密，需要密码才能打开；请提供未加密的文件。');
  return new InputError(file, 'corrupt', 'PDF 文件已损坏或不完整，无法读取。');
}
