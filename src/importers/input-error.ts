/**
 * An input that cannot be read as a report: the one kind of failure a reader
 * reports by throwing. The message is Chinese, names the problem in the user's
 * words and never carries a stack trace to the user; the command line prints
 * `file: message` and exits 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The file as the user named it. */
    readonly file: string,
    /** A stable code for tests and logs, e.g. 'empty', 'encrypted', 'too-large'. */
    readonly code: InputErrorCode,
    /** The Chinese message shown to the user, without the file name. */
    message: string,
  ) {
    super(message);
  }

  /** The line a user sees, e.g. "报告.docx：文件为空（0 字节）。". */
  get userMessage(): string {
    return `${this.file}：${this.message}`;
  }
}

export type InputErrorCode =
  | 'missing'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'not-a-report'
  | 'corrupt'
  | 'invalid'
  | 'zip-bomb'
  | 'encrypted'
  | 'wrong-extension'
  | 'scanned'
  | 'too-many-rows'
  | 'unsupported';

/** Default limits; every reader takes them as options so a server can set its own. */
export interface ReadLimits {
  /** Largest input file, in bytes (default 50 MB). */
  maxFileBytes: number;
  /** Largest total size after decompression of an office file (default 200 MB). */
  maxUnzippedBytes: number;
  /** Largest ratio of unzipped to zipped size of one entry before it counts as a zip bomb (default 100). */
  maxCompressionRatio: number;
  /** Most rows read from one worksheet (default 100 000). */
  maxSheetRows: number;
  /** Most pages read from a PDF (default 2 000). */
  maxPdfPages: number;
  /**
   * Most table rows in one report, whatever its format (default 100 000). A large
   * department's report has a few thousand; past this a file is no report, and
   * checking it would take minutes and gigabytes of memory.
   */
  maxTableRows: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxSheetRows: 100_000,
  maxPdfPages: 2_000,
  maxTableRows: 100_000,
};
