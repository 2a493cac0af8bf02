/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * One progress line, `records 12000/50000 (8000 records/s)`, rewritten in place on a terminal
 * (at most every 100 ms) and printed as plain lines every few seconds otherwise (CI logs).
 */
export class ProgressLine {
  private readonly started: number;
  private lastShown = 0;
  private lastText = '';
  private lastDone = -1;

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number, total?: number): void {
    const t = this.now();
    const interval = this.sink.isTTY ? 100 : 5000;
    if (t - this.lastShown < interval && (total === undefined || done < total)) return;
    this.lastShown = t;
    this.lastDone = done;
    this.show(formatProgress(done, total, t - this.started));
  }

  /** Prints the final figures and ends the line. */
  finish(done: number, total?: number): void {
    if (done !== this.lastDone) this.show(formatProgress(done, total, this.now() - this.started));
    if (this.sink.isTTY) this.sink.write('\n');
  }

  private show(text: string): void {
    if (text === this.lastText) return;
    this.lastText = text;
    this.sink.write(this.sink.isTTY ? `\r${text}\x1b[K` : `${text}\n`);
  }
}

/** `records 12000/50000 (8000 records/s)`; the total is left out when unknown. */
export function formatProgress(done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  return `records ${done}${total === undefined ? '' : `/${total}`} (${rate} records/s)`;
}
