import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../docx/docx-reader.js';
import { DEFAULT_LIMITS, InputError } from '../input-error.js';
import { readXlsx } from '../xlsx/xlsx-reader.js';
import { officeKind } from './office-kind.js';
import { buildDocx, p, zip } from './testing/ooxml-builders.js';
import { REFERENCE_DIR } from './testing/reference-html.js';
import { withDeclaredSize } from './testing/zip-surgery.js';

const fixture = (path: string): Uint8Array => readFileSync(new URL(path, REFERENCE_DIR));
const referenceDocx = fixture('hengyang-2023.docx');
const referenceXlsx = fixture('hengyang-2023-attachments.xlsx');
const referencePdf = fixture('hengyang-2023.pdf');
const bad = (name: string): Uint8Array => fixture(`../bad/${name}`);
const encoder = new TextEncoder();

/** The InputError a read throws, checked to be quick, Chinese and free of technical noise. */
function refusal(read: () => unknown): InputError {
  const t = performance.now();
  try {
    read();
  } catch (error) {
    expect(performance.now() - t).toBeLessThan(1000);
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toMatch(/Error|undefined|NaN|\bat\b/);
    return e;
  }
  throw new Error('expected an InputError');
}

describe('what is not a .docx or .xlsx, given to the readers', () => {
  it('refuses a 0-byte file', () => {
    for (const read of [readDocx, readXlsx]) {
      const e = refusal(() => read(new Uint8Array(0), '空.docx'));
      expect([e.code, e.message, e.userMessage]).toEqual(['empty', '文件为空（0 字节）。', '空.docx：文件为空（0 字节）。']);
    }
  });

  it('refuses a file over the size limit before looking inside', () => {
    const e = refusal(() => readDocx(referenceDocx, '大.docx', { ...DEFAULT_LIMITS, maxFileBytes: 1000 }));
    expect([e.code, e.message]).toEqual(['too-large', `文件过大（${(referenceDocx.length / 1024).toFixed(1)} KB），超过了上限（1000 字节）。`]);
  });

  it('refuses password-protected files made by LibreOffice (OLE2 with an EncryptedPackage) as encrypted', () => {
    for (const [read, file] of [[readDocx, 'encrypted.docx'], [readXlsx, 'encrypted.xlsx']] as const) {
      const e = refusal(() => read(bad(file), file));
      expect([e.code, e.message]).toEqual(['encrypted', '文件已加密或设有打开密码，请去除密码后再导入。']);
    }
  });

  it('tells an old binary .doc or .xls from an encrypted file, and says to save it in the new format', () => {
    const doc = refusal(() => readDocx(bad('old-format.doc'), '报告.docx'));
    expect([doc.code, doc.message]).toEqual(['unsupported', '这是旧版 Word 97-2003 文档（.doc），不是 Word 文档（.docx）。请用 Word 或 WPS 打开后另存为 .docx 再导入。']);
    const xls = refusal(() => readXlsx(bad('old-format.xls'), '附件.xlsx'));
    expect([xls.code, xls.message]).toEqual(['unsupported', '这是旧版 Excel 97-2003 工作簿（.xls），不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。']);
  });

  it('says what a file under the wrong extension really is', () => {
    const cases: [() => unknown, string][] = [
      [() => readDocx(referencePdf, 'x.docx'), '这其实是 PDF 文件，不是 Word 文档（.docx）。请按 PDF 导入，或把扩展名改为 .pdf。'],
      [() => readDocx(encoder.encode('一、单位基本情况\n我单位是……'), 'x.docx'), '这其实是纯文本文件，不是 Word 文档（.docx）。请按文本导入，或把扩展名改为 .txt。'],
      [() => readXlsx(encoder.encode('项目,金额\n基本支出,5931.08\n'), 'x.xlsx'), '这其实是纯文本文件（可能是 CSV），不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。'],
      [() => readXlsx(fixture('hengyang-2023.html'), 'x.xlsx'), '这其实是网页（HTML）文件，不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。'],
      [() => readDocx(referenceXlsx, 'x.docx'), '这其实是 Excel 工作簿（.xlsx），不是 Word 文档（.docx）。请按 Excel 导入，或把扩展名改为 .xlsx。'],
      [() => readXlsx(referenceDocx, 'x.xlsx'), '这其实是 Word 文档（.docx），不是 Excel 工作簿（.xlsx）。请按 Word 导入，或把扩展名改为 .docx。'],
      [() => readDocx(zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), 'x.docx'), '这其实是 OpenDocument 文本（.odt），不是 Word 文档（.docx）。请用 WPS 或 LibreOffice 打开后另存为 .docx 或 .xlsx 再导入。'],
      [() => readDocx(zip({ 'readme.txt': '说明' }), 'x.docx'), '这其实是一个普通的 ZIP 压缩包，不是 Word 文档（.docx）。请解压后导入其中的报告文件。'],
      [() => readDocx(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]), 'x.docx'), '这其实是图片，不是 Word 文档（.docx）。请导入报告的 Word、Excel 或 PDF 文件。'],
    ];
    for (const [read, message] of cases) {
      const e = refusal(read);
      expect([e.code, e.message]).toEqual(['wrong-extension', message]);
    }
    // An OFD file, whatever its name, is a format jixiao does not read yet: said as such, with the way to a PDF.
    const ofd = refusal(() => readDocx(zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }), 'x.ofd'));
    expect([ofd.code, ofd.message]).toEqual(['unsupported', '这是 OFD 版式文件（GB/T 33190），jixiao 暂不能直接读取。请用 OFD 阅读器（如数科阅读器）另存为 PDF 后导入，或提供报告的原始 Word、Excel 文件。']);
  });

  it('refuses random bytes and a cut-off file as damaged', () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) % 256);
    expect(refusal(() => readDocx(random, 'x.docx')).code).toBe('corrupt');
    const cut = refusal(() => readXlsx(referenceXlsx.subarray(0, referenceXlsx.length / 2), 'x.xlsx'));
    expect([cut.code, cut.message]).toEqual(['corrupt', '文件已损坏，无法作为 Excel 工作簿（.xlsx）读取（找不到压缩包目录，文件可能不完整）。请用 Office 或 WPS 打开检查，或重新导出后再导入。']);
  });

  it('refuses malformed XML inside a package as damaged, naming the part', () => {
    const broken = zip({
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://x/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>未闭合',
    });
    const e = refusal(() => readDocx(broken, 'x.docx'));
    expect([e.code, e.message]).toEqual(['corrupt', '文件已损坏，无法作为 Word 文档（.docx）读取（word/document.xml 不是有效的 XML）。请用 Office 或 WPS 打开检查，或重新导出后再导入。']);
  });

  it('refuses a .docx whose document part is a zip bomb, without inflating it', () => {
    const body = `<w:document xmlns:w="w"><w:body>${p('x').repeat(1)}${'<w:p/>'.repeat(400_000)}</w:body></w:document>`;
    const bomb = zipSync({ 'word/document.xml': [encoder.encode(body), { level: 9 }] });
    const e = refusal(() => readDocx(bomb, 'bomb.docx'));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/^文件解压后异常巨大，疑似“压缩炸弹”，已拒绝读取：其中 word\/document\.xml 的压缩比达 \d+ 倍，超过上限 100 倍。$/);
    const liar = withDeclaredSize(buildDocx(p('正文'.repeat(20_000))), 'word/document.xml', 100);
    expect(refusal(() => readDocx(liar, 'liar.docx')).code).toBe('zip-bomb');
  });
});

describe('officeKind', () => {
  it('tells a .docx from a .xlsx by its parts, whatever the name says', () => {
    expect(officeKind(referenceDocx, '附件.xlsx')).toBe('docx');
    expect(officeKind(referenceXlsx, '报告.docx')).toBe('xlsx');
    expect(refusal(() => officeKind(zip({ 'ppt/presentation.xml': '<p/>' }), 'x.pptx')).message).toBe(
      '这其实是 PowerPoint 演示文稿（.pptx），不是 Word 文档（.docx）或 Excel 工作簿（.xlsx）。请导入报告的 Word、Excel 或 PDF 文件。',
    );
  });
});
