import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB (VmRSS), and its peak so far (VmHWM), from /proc; null where there is no /proc. */
export function residentMb(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's VmRSS every `everyMs` while running; `peak()` is the largest seen since the last `reset()`. */
export class MemorySampler {
  private peakMb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    everyMs = 100,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    this.sample();
  }

  sample(): number {
    const m = residentMb(this.pid);
    if (m) this.peakMb = Math.max(this.peakMb, m.rss);
    return m?.rss ?? 0;
  }

  peak(): number {
    this.sample();
    return this.peakMb;
  }

  reset(): void {
    this.peakMb = 0;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Samples the 1-minute load average every `everyMs`: the machine is shared, so the report says how busy it was. */
export class LoadSampler {
  private readonly samples: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(loadavg: () => number[], everyMs = 5000) {
    const take = () => this.samples.push(loadavg()[0] ?? 0);
    take();
    this.timer = setInterval(take, everyMs);
    this.timer.unref();
  }

  summary(): { min: number; mean: number; max: number; samples: number } {
    clearInterval(this.timer);
    const s = this.samples;
    return { min: Math.min(...s), mean: s.reduce((a, b) => a + b, 0) / s.length, max: Math.max(...s), samples: s.length };
  }
}
