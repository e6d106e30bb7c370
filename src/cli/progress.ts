/**
 * A one-line progress bar on stderr, only when stderr is a terminal and the
 * output goes elsewhere (a file, a pipe): output on the terminal itself shows
 * the progress, and the two would overwrite each other. Never in CI logs.
 */
export class Progress {
  private readonly enabled: boolean;
  constructor(private readonly total: number) {
    this.enabled = Boolean(process.stderr.isTTY) && !process.stdout.isTTY && total > 1;
  }

  tick(done: number, file: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${name}\x1b[K`);
  }

  /** Clears the bar: before a message is written under it, and at the end. */
  clear(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
