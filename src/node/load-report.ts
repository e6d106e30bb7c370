import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../importers/input-error.js';
import { interpret, type ImportedReport } from '../importers/layout/interpret.js';
import { looksLikeJson } from '../importers/json/looks-like-json.js';
import { looksLikeHtmlDocument, readHtml } from '../importers/html/html-reader.js';
import { sniff, type FileKind } from '../importers/zip/sniff.js';
import type { SourceDocument } from '../importers/source-document.js';
import { readText } from '../importers/text/text-reader.js';
import { truncationOf } from '../importers/text/truncation.js';
import { decodeTextFast } from './decode-fast.js';
import type { ConvertibleKind } from './libreoffice-convert.js';
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
    case 'image':
      throw new InputError(file, 'scanned', '这是一张图片（扫描件或截图），其中的数字无法读取；请提供可复制文字的 PDF 或原始 Word/Excel 文件。');
    case 'rtf':
    case 'mht':
    case 'xml':
      throw new InputError(file, 'unsupported', `这是${KIND_NAMES[kind]}，jixiao 不能直接读取；请用 Word 或 WPS 打开后另存为 .docx 再导入。`);
    case 'cfb': {
      const { convertibleKind, describeCompoundFile } = await import('../importers/zip/compound-file.js');
      const legacy = convertibleKind(bytes);
      if (!legacy) throw describeCompoundFile(bytes, file);
      return readConverted(bytes, legacy, file, limits, () => describeCompoundFile(bytes, file));
    }
    case 'pdf': {
      if (ext && ext !== 'pdf') wrongExtension(file, ext, kind);
      const { readPdf } = await import('../importers/pdf/read-pdf.js');
      return readPdf(bytes, file, limits);
    }
    case 'zip': {
      const { officeKind, openDocumentError } = await import('../importers/zip/office-kind.js');
      const office = officeKind(bytes, file, limits);
      if (office === 'odt' || office === 'ods') return readConverted(bytes, office, file, limits, () => openDocumentError(file, office));
      if (office === 'docx') {
        if (ext && !/^(docx|docm|wps)$/.test(ext)) wrongExtension(file, ext, kind);
        const { readDocx } = await import('../importers/docx/docx-reader.js');
        return readDocx(bytes, file, limits);
      }
      if (ext && !/^(xlsx|xlsm|et)$/.test(ext)) wrongExtension(file, ext, kind);
      const { readXlsx } = await import('../importers/xlsx/xlsx-reader.js');
      return readXlsx(bytes, file, limits);
    }
    case 'html':
    case 'text': {
      if (OFFICE_EXTENSIONS.test(file) || ext === 'pdf') wrongExtension(file, ext, kind);
      const text = decodeTextFast(bytes, file);
      if (kind === 'html' || looksLikeHtmlDocument(text)) return readHtml(text, file);
      const doc = readText(text, file);
      const truncated = truncationOf(text, doc);
      if (truncated) throw new InputError(file, 'corrupt', truncated);
      return doc;
    }
  }
}

/**
 * A file LibreOffice converts to .docx or .xlsx, read as what it becomes, with
 * a reading note saying so. Without LibreOffice, `refusal` (how to convert by
 * hand) with a word that installing it would do.
 */
async function readConverted(bytes: Uint8Array, kind: ConvertibleKind, file: string, limits: ReadLimits, refusal: () => InputError): Promise<SourceDocument> {
  const { convertWithLibreOffice, conversionNote } = await import('./libreoffice-convert.js');
  const converted = await convertWithLibreOffice(bytes, kind, file);
  if (!converted) {
    const refused = refusal();
    throw new InputError(file, refused.code, `${refused.message}（安装 LibreOffice 后 jixiao 可直接读取此类文件。）`);
  }
  const doc = kind === 'doc' || kind === 'odt' ? (await import('../importers/docx/docx-reader.js')).readDocx(converted, file, limits) : (await import('../importers/xlsx/xlsx-reader.js')).readXlsx(converted, file, limits);
  return { ...doc, notes: [conversionNote(kind), ...doc.notes] };
}

const KIND_NAMES: Record<FileKind, string> = {
  empty: '空文件',
  zip: 'ZIP 压缩包（Word/Excel 新格式）',
  cfb: 'Office 旧格式或加密文件',
  pdf: 'PDF 文件',
  rtf: 'RTF 富文本文件',
  html: '网页（HTML）文件',
  xml: 'XML 文件',
  mht: 'MHT 网页归档文件',
  image: '图片文件',
  text: '文本文件',
  binary: '二进制文件',
};

function wrongExtension(file: string, ext: string, kind: FileKind): never {
  throw new InputError(file, 'wrong-extension', `文件扩展名为 .${ext}，但内容实际是${KIND_NAMES[kind]}。请确认文件是否正确，或改为正确的扩展名后再导入。`);
}

function refuseTooManyRows(source: SourceDocument, file: string, limits: ReadLimits): void {
  let rows = 0;
  for (const block of source.blocks) if (block.kind === 'table') rows += block.rows.length;
  if (rows > limits.maxTableRows) {
    throw new InputError(file, 'too-many-rows', `文件中的表格共有 ${rows} 行，超过了每份报告最多 ${limits.maxTableRows} 行的上限，不像是一份绩效自评报告。请只保留报告本身后再导入。`);
  }
}

export async function loadReport(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedReport> {
  const bytes = await readInputFile(file, limits);
  if (looksLikeJson(bytes) && sniff(bytes) === 'text') {
    // jixiao's own JSON of a report (`jixiao import`): the model itself, validated; its reader loads the schema library only when needed.
    const { readModelJson } = await import('../importers/json/model-json.js');
    return { ...readModelJson(decodeTextFast(bytes, file), file), file };
  }
  const source = await readSource(file, bytes, limits);
  refuseTooManyRows(source, file, limits);
  const imported = interpret(source);
  return { ...imported, file, source };
}
