import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../input-error.js';
import type { OfficeKind } from './office-package.js';
import { ZipArchive } from './zip-archive.js';

/**
 * Which Office Open XML document a zip file is: 'docx' or 'xlsx'. Any other
 * zip (a PowerPoint, an OpenDocument file, a plain archive) gets an InputError
 * saying what it is; a damaged zip gets 'corrupt'. Reads only the directory
 * and, for OpenDocument, the tiny `mimetype` entry.
 *
 * Example: the bytes of a .xlsx named "报告.docx" give 'xlsx'.
 */
export function officeKind(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): OfficeKind {
  const zip = new ZipArchive(bytes, file, limits, ' Office 文档');
  const kind = zipOfficeKind(zip);
  if (kind) return kind;
  throw otherPackageError(zip, file, ' Word 文档（.docx）或 Excel 工作簿（.xlsx）');
}

/** An OpenDocument text or spreadsheet (GB/T 36350), told by its `mimetype` entry; null for any other zip. */
export function openDocumentKind(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): 'odt' | 'ods' | null {
  const zip = new ZipArchive(bytes, file, limits, ' Office 文档');
  if (!zip.has('mimetype')) return null;
  const type = new TextDecoder().decode(zip.read('mimetype')).trim();
  return type === 'application/vnd.oasis.opendocument.text' ? 'odt' : type === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : null;
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
  if (zip.has('mimetype')) {
    const type = new TextDecoder().decode(zip.read('mimetype'));
    const what = type.includes('spreadsheet') ? ' OpenDocument 电子表格（.ods）' : type.includes('text') ? ' OpenDocument 文本（.odt）' : ' OpenDocument 文件';
    return wrong(what, '请用 WPS 或 LibreOffice 打开后另存为 .docx 或 .xlsx 再导入');
  }
  if (zip.has('Contents/section0.xml')) return wrong(' HWPX 文档', '请另存为 .docx 再导入');
  // OFD (GB/T 33190), the national format for published documents: a package with OFD.xml at its root.
  if (zip.entries.some((e) => /^ofd\.xml$/i.test(e.name))) {
    return new InputError(file, 'unsupported', '这是 OFD 版式文件（GB/T 33190），jixiao 暂不能直接读取。请用 OFD 阅读器（如数科阅读器）另存为 PDF 后导入，或提供报告的原始 Word、Excel 文件。');
  }
  return wrong('一个普通的 ZIP 压缩包', '请解压后导入其中的报告文件');
}
