import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../importers/input-error.js';
import { interpret, type ImportedReport } from '../importers/layout/interpret.js';
import { looksLikeHtmlDocument, readHtml } from '../importers/html/html-reader.js';
import { describeSniffed, sniff } from '../importers/sniff.js';
import type { SourceDocument } from '../importers/source-document.js';
import { readText } from '../importers/text/text-reader.js';
import { truncationOf } from '../importers/text/truncation.js';
import { decodeTextFast } from './decode-fast.js';
import { readInputFile } from './read-file.js';

/**
 * Reads any input jixiao accepts — text (UTF-8, GB18030, with or without BOM,
 * any line ends), DOCX, XLSX, PDF — into the neutral SourceDocument, choosing
 * the reader by what the file is, not by its name; a name that lies is
 * reported. The one place the command line and the server read files.
 */
export interface LoadedReport extends ImportedReport {
  file: string;
  source: SourceDocument;
}

const OFFICE_EXTENSIONS = /\.(docx|xlsx|docm|xlsm|doc|xls|wps|et)$/i;

export async function readSource(file: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<SourceDocument> {
  const kind = sniff(bytes);
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  switch (kind) {
    case 'empty':
      throw new InputError(file, 'empty', '文件为空（0 字节）。');
    case 'binary':
      throw new InputError(file, 'binary', `这是一个二进制文件，不是文本、Word、Excel 或 PDF 格式的报告${ext ? `（扩展名为 .${ext}）` : ''}。`);
    case 'cfb': {
      const { describeCompoundFile } = await import('../importers/zip/compound-file.js');
      throw describeCompoundFile(bytes, file);
    }
    case 'pdf': {
      if (ext && ext !== 'pdf') wrongExtension(file, ext, kind);
      const { readPdf } = await import('../importers/pdf/read-pdf.js');
      return readPdf(bytes, file, limits);
    }
    case 'zip': {
      const { officeKind } = await import('../importers/zip/office-kind.js');
      const office = officeKind(bytes, file, limits);
      if (office === 'docx') {
        if (ext && !/^(docx|docm|wps)$/.test(ext)) wrongExtension(file, ext, kind);
        const { readDocx } = await import('../importers/docx/docx-reader.js');
        return readDocx(bytes, file, limits);
      }
      if (ext && !/^(xlsx|xlsm|et)$/.test(ext)) wrongExtension(file, ext, kind);
      const { readXlsx } = await import('../importers/xlsx/xlsx-reader.js');
      return readXlsx(bytes, file, limits);
    }
    case 'text': {
      if (OFFICE_EXTENSIONS.test(file) || ext === 'pdf') wrongExtension(file, ext, kind);
      const text = decodeTextFast(bytes, file);
      if (looksLikeHtmlDocument(text)) return readHtml(text, file);
      const doc = readText(text, file);
      const truncated = truncationOf(text, doc);
      if (truncated) throw new InputError(file, 'corrupt', truncated);
      return doc;
    }
  }
}

function wrongExtension(file: string, ext: string, kind: ReturnType<typeof sniff>): never {
  throw new InputError(file, 'wrong-extension', `文件扩展名为 .${ext}，但内容实际是${describeSniffed(kind)}。请确认文件是否正确，或改为正确的扩展名后再导入。`);
}

export async function loadReport(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedReport> {
  const bytes = await readInputFile(file, limits);
  const source = await readSource(file, bytes, limits);
  const imported = interpret(source);
  return { ...imported, file, source };
}
