import { DEFAULT_LIMITS, InputError, type ReadLimits } from '../input-error.js';
import { describeCompoundFile } from './compound-file.js';
import { otherPackageError } from './office-kind.js';
import { parseRelationships, relationshipsPartOf, type Relationship } from './relationships.js';
import { sniff } from './sniff.js';
import { decodeXml, XmlError } from './xml-scanner.js';
import { ZipArchive } from './zip-archive.js';

export type OfficeKind = 'docx' | 'xlsx';

const LABEL: Record<OfficeKind, string> = { docx: ' Word 文档（.docx）', xlsx: ' Excel 工作簿（.xlsx）' };
const MAIN_PART: Record<OfficeKind, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

/** An opened Office Open XML package: its zip, its main part and helpers to read parts as XML text. */
export class OfficePackage {
  constructor(
    readonly zip: ZipArchive,
    readonly file: string,
    /** 'word/document.xml' or 'xl/workbook.xml', as the package relationships say. */
    readonly mainPart: string,
    private readonly label: string,
  ) {}

  /** A part as text; `undefined` when the package has no such part. */
  text(part: string, onChunk?: (chunk: Uint8Array) => void): string | undefined {
    if (!this.zip.has(part)) return undefined;
    return decodeXml(this.zip.read(part, onChunk));
  }

  /** The relationships of a part ([] when it has none). */
  relationships(part: string): Relationship[] {
    const xml = this.text(relationshipsPartOf(part));
    return xml === undefined ? [] : this.parse(relationshipsPartOf(part), () => parseRelationships(xml, part));
  }

  /** Runs a parse of a part, turning malformed XML into InputError 'corrupt'. */
  parse<T>(part: string, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof XmlError) {
        throw new InputError(this.file, 'corrupt', `文件已损坏，无法作为${this.label}读取（${part} 不是有效的 XML）。请用 Office 或 WPS 打开检查，或重新导出后再导入。`);
      }
      throw error;
    }
  }
}

/**
 * Opens a .docx or .xlsx, refusing with a Chinese InputError whatever is not
 * one: an empty or oversized file, a password-protected one (an encrypted
 * Office file is an OLE2 container, not a zip), an old binary .doc/.xls, a PDF,
 * text, web page or image under the wrong extension, the other Office format,
 * a damaged zip.
 */
export function openOfficePackage(bytes: Uint8Array, file: string, kind: OfficeKind, limits: ReadLimits = DEFAULT_LIMITS): OfficePackage {
  if (bytes.length === 0) throw new InputError(file, 'empty', '文件为空（0 字节）。');
  if (bytes.length > limits.maxFileBytes) {
    throw new InputError(file, 'too-large', `文件过大（${size(bytes.length)}），超过了上限（${size(limits.maxFileBytes)}）。`);
  }
  refuseNonZip(bytes, file, kind);
  const zip = new ZipArchive(bytes, file, limits, LABEL[kind]);
  const office = new OfficePackage(zip, file, MAIN_PART[kind], LABEL[kind]);
  const main = office.relationships('').find((r) => r.type === 'officeDocument' && !r.external)?.target;
  const mainPart = main && zip.has(main) ? main : MAIN_PART[kind];
  if (!zip.has(mainPart) || !mainPart.startsWith(kind === 'docx' ? 'word/' : 'xl/')) throw otherPackageError(zip, file, LABEL[kind]);
  return new OfficePackage(zip, file, mainPart, LABEL[kind]);
}

function refuseNonZip(bytes: Uint8Array, file: string, kind: OfficeKind): void {
  const expected = LABEL[kind];
  const saveAs = kind === 'docx' ? '请用 Word 或 WPS 打开后另存为 .docx 再导入' : '请用 Excel 或 WPS 打开后另存为 .xlsx 再导入';
  const wrong = (what: string, advice: string): InputError =>
    new InputError(file, 'wrong-extension', `这其实是${what}，不是${expected}。${advice}。`);
  switch (sniff(bytes)) {
    case 'zip':
      return;
    case 'cfb':
      throw describeCompoundFile(bytes, file, expected);
    case 'pdf':
      throw wrong(' PDF 文件', '请按 PDF 导入，或把扩展名改为 .pdf');
    case 'rtf':
      throw wrong(' RTF 文档', saveAs);
    case 'html':
      throw wrong('网页（HTML）文件', saveAs);
    case 'mht':
      throw wrong('单个文件网页（MHT）', saveAs);
    case 'xml':
      throw wrong(' XML 文件（可能是 Office 2003 XML 格式）', saveAs);
    case 'image':
      throw wrong('图片', '请导入报告的 Word、Excel 或 PDF 文件');
    case 'text':
      throw wrong(kind === 'xlsx' ? '纯文本文件（可能是 CSV）' : '纯文本文件', kind === 'xlsx' ? saveAs : '请按文本导入，或把扩展名改为 .txt');
    default:
      throw new InputError(file, 'corrupt', `无法识别文件格式，文件可能已损坏，不是${expected}。`);
  }
}

/** A size as a person reads it: 900 字节, 32.0 KB, 51.2 MB. */
function size(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
