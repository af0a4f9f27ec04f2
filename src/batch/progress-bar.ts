/**
 * A one-line progress bar on stderr for batch runs: done/total, a bar when the total is known,
 * articles per second and the time left. Drawn with `\r` at most ten times a second, only on a
 * terminal (the CLI passes `enabled: false` when stderr is piped), and cleared at the end.
 */

/** Progress of a batch run. */
export class ProgressBar {
  private readonly stream: NodeJS.WritableStream;
  private readonly enabled: boolean;
  private total: number | undefined;
  private read = 0;
  private done = 0;
  private failed = 0;
  private readonly began = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(stream: NodeJS.WritableStream, enabled: boolean, total?: number) {
    this.stream = stream;
    this.enabled = enabled;
    this.total = total;
  }

  /** Sets the total once it is known. */
  setTotal(total: number | undefined): void {
    this.total = total;
  }

  /** One more article read. */
  onRead(): void {
    this.read++;
    this.draw(false);
  }

  /** One more article finished. */
  onDone(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    this.draw(false);
  }

  /** The current line (without `\r`). */
  line(now = performance.now()): string {
    const seconds = (now - this.began) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const total = this.total !== undefined && this.total >= this.read ? this.total : undefined;
    const parts: string[] = [];
    if (total !== undefined && total > 0) {
      const share = Math.min(1, this.done / total);
      const width = 24;
      const full = Math.round(share * width);
      parts.push(`[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${this.done}/${total} ${(share * 100).toFixed(0)}%`);
    } else parts.push(`${this.done} done, ${this.read} read`);
    parts.push(`${rate.toFixed(1)} articles/s`);
    if (total !== undefined && rate > 0 && this.done < total) parts.push(`ETA ${formatDuration((total - this.done) / rate)}`);
    if (this.failed > 0) parts.push(`${this.failed} failed`);
    return parts.join(' · ');
  }

  /** Clears the line (call before printing anything else to stderr, and at the end). */
  clear(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.stream.write(`\r\u001b[2K${this.line(now)}`);
    this.drawn = true;
  }
}

/** Seconds as `42s`, `3m05s` or `2h10m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
