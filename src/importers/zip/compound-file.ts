import { InputError } from '../input-error.js';
import { inspectCfb } from './cfb.js';

/** An old binary Word or Excel file without a password, which LibreOffice can convert; null for any other compound file. */
export function convertibleKind(bytes: Uint8Array): 'doc' | 'xls' | null {
  const cfb = inspectCfb(bytes);
  if (cfb.encrypted) return null;
  return cfb.kind === 'word97' ? 'doc' : cfb.kind === 'excel97' ? 'xls' : null;
}

/**
 * The InputError for an OLE2 compound file (magic D0 CF 11 E0), which jixiao
 * does not read itself: a password-protected .docx/.xlsx (an `EncryptedPackage`
 * inside) is 'encrypted'; an old binary .doc/.xls/.ppt or another OLE file is
 * 'unsupported', with what to do about it (a .doc or .xls is converted through
 * LibreOffice instead where it is installed: convertibleKind). `expected` names
 * what the user meant to give, e.g. "Word 文档（.docx）"; omit it when unknown.
 */
export function describeCompoundFile(bytes: Uint8Array, file: string, expected?: string): InputError {
  const cfb = inspectCfb(bytes);
  if (cfb.kind === 'encrypted-ooxml') return new InputError(file, 'encrypted', '文件已加密或设有打开密码，请去除密码后再导入。');
  const not = expected ? `，不是${expected}` : '';
  const lock = cfb.encrypted ? '，并且设有打开密码（请先去除密码）' : '';
  switch (cfb.kind) {
    case 'word97':
      return new InputError(file, 'unsupported', `这是旧版 Word 97-2003 文档（.doc）${lock}${not}。请用 Word 或 WPS 打开后另存为 .docx 再导入。`);
    case 'excel97':
      return new InputError(file, 'unsupported', `这是旧版 Excel 97-2003 工作簿（.xls）${lock}${not}。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`);
    case 'powerpoint97':
      return new InputError(file, 'unsupported', `这是旧版 PowerPoint 演示文稿（.ppt）${not}。请导入报告的 Word、Excel 或 PDF 文件。`);
    default:
      return new InputError(file, 'unsupported', `这是 OLE 复合文档格式的文件（旧版 Office 或其他软件的格式）${not}。请用 Office 或 WPS 打开后另存为 .docx 或 .xlsx 再导入。`);
  }
}
