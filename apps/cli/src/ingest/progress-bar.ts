/** Where the bar is drawn: a terminal (process.stderr) or, in tests, anything with the same shape. */
export interface ProgressStream {
  columns?: number;
  write(chunk: string): unknown;
}

const WIDTH = 30;

/**
 * A one-line progress bar redrawn in place with a carriage return. Hand-written: it is a dozen
 * lines, not worth a dependency. Draw it only on a terminal; piped output gets the summary alone.
 */
export class ProgressBar {
  private done = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {}

  /** One more item finished; `label` says which. */
  tick(label: string): void {
    this.done = Math.min(this.done + 1, this.total);
    const filled = this.total === 0 ? WIDTH : Math.round((this.done / this.total) * WIDTH);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${this.done}/${this.total} ${label}`;
    const columns = this.stream.columns || 80; // a pseudo-terminal may report 0
    this.stream.write(`\r${fit(line, columns - 1)}\x1b[K`);
  }

  /** Clears the bar so what follows starts on a clean line. */
  finish(): void {
    this.stream.write('\r\x1b[K');
  }
}

/** Cuts the middle out of a long line (its label is usually a path, whose end says most). */
function fit(line: string, width: number): string {
  if (line.length <= width) return line;
  const head = line.indexOf(' ', WIDTH + 3) + 1; // keep the bar and the count whole
  const room = width - head - 1;
  return room > 0 ? `${line.slice(0, head)}…${line.slice(line.length - room)}` : line.slice(0, width);
}
