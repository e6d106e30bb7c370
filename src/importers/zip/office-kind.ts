import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../input-error.js';
import type { OfficeKind } from './office-package.js';
import { ZipArchive } from './zip-archive.js';

/**
 * Which document a zip file is: an Office Open XML 'docx' or 'xlsx', or an
 * OpenDocument 'odt' or 'ods' (GB/T 36350, which jixiao reads once LibreOffice
 * has converted it). Any other zip (a PowerPoint, a plain archive, an OFD
 * file) gets an InputError saying what it is; a damaged zip gets 'corrupt'.
 * Reads only the directory and, for OpenDocument, the tiny `mimetype` entry.
 *
 * Example: the bytes of a .xlsx named "报告.docx" give 'xlsx'.
 */
export function officeKind(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): OfficeKind | OpenDocumentKind {
  const zip = new ZipArchive(bytes, file, limits, ' Office 文档');
  const kind = zipOfficeKind(zip) ?? openDocumentKind(zip);
  if (kind) return kind;
  throw otherPackageError(zip, file, EITHER);
}

/** What officeKind expects a zip to be, as its refusals name it. */
const EITHER = ' Word 文档（.docx）或 Excel 工作簿（.xlsx）';

export type OpenDocumentKind = 'odt' | 'ods';

/** What a user calls each OpenDocument kind. */
export const OPEN_DOCUMENT_NAMES: Record<OpenDocumentKind, string> = { odt: ' OpenDocument 文本（.odt）', ods: ' OpenDocument 电子表格（.ods）' };

/** An OpenDocument text or spreadsheet, told by its `mimetype` entry; undefined for any other package. */
function openDocumentKind(zip: ZipArchive): OpenDocumentKind | undefined {
  if (!zip.has('mimetype')) return undefined;
  const type = new TextDecoder().decode(zip.read('mimetype')).trim();
  return type === 'application/vnd.oasis.opendocument.text' ? 'odt' : type === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : undefined;
}

/** The refusal of an OpenDocument file where it cannot be converted: how to convert it by hand. */
export function openDocumentError(file: string, kind: OpenDocumentKind | undefined, expected = EITHER): InputError {
  return new InputError(file, 'wrong-extension', `这其实是${kind ? OPEN_DOCUMENT_NAMES[kind] : ' OpenDocument 文件'}，不是${expected}。请用 WPS 或 LibreOffice 打开后另存为 .docx 或 .xlsx 再导入。`);
}

/** 'docx' or 'xlsx' from the parts a package holds, or undefined. */
export function zipOfficeKind(zip: ZipArchive): OfficeKind | undefined {
  if (zip.has('word/document.xml') || zip.entries.some((e) => /^word\/[^/]+\.xml$/i.test(e.name) && /document/i.test(e.name))) return 'docx';
  if (zip.has('xl/workbook.xml') || zip.entries.some((e) => /^xl\/[^/]+\.xml$/i.test(e.name) && /workbook/i.test(e.name))) return 'xlsx';
  return undefined;
}

/** The InputError for a zip that is not the Office document expected (`expected` says which, e.g. "Word 文档（.docx）"). */
export function otherPackageError(zip: ZipArchive, file: string, expected: string): InputError {
  const wrong = (what: string, advice: string): InputError => new InputError(file, 'wrong-extension', `这其实是${what}，不是${expected}。${advice}。`);
  const kind = zipOfficeKind(zip);
  if (kind === 'xlsx') return wrong(' Excel 工作簿（.xlsx）', '请按 Excel 导入，或把扩展名改为 .xlsx');
  if (kind === 'docx') return wrong(' Word 文档（.docx）', '请按 Word 导入，或把扩展名改为 .docx');
  if (zip.has('ppt/presentation.xml')) return wrong(' PowerPoint 演示文稿（.pptx）', '请导入报告的 Word、Excel 或 PDF 文件');
  if (zip.has('mimetype')) return openDocumentError(file, openDocumentKind(zip), expected);
  if (zip.has('Contents/section0.xml')) return wrong(' HWPX 文档', '请另存为 .docx 再导入');
  // OFD (GB/T 33190), the national format for published documents: a package with OFD.xml at its root.
  if (zip.entries.some((e) => /^ofd\.xml$/i.test(e.name))) {
    return new InputError(file, 'unsupported', '这是 OFD 版式文件（GB/T 33190），jixiao 暂不能直接读取。请用 OFD 阅读器（如数科阅读器）另存为 PDF 后导入，或提供报告的原始 Word、Excel 文件。');
  }
  return wrong('一个普通的 ZIP 压缩包', '请解压后导入其中的报告文件');
}
