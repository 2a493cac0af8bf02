import { formatProgress, ProgressLine } from './progress';

describe(ProgressLine.name, () => {
  it('formats records done, total and rate', () => {
    expect(formatProgress(12000, 50000, 1500)).toBe('records 12000/50000 (8000 records/s)');
    expect(formatProgress(300, undefined, 0)).toBe('records 300 (0 records/s)');
  });

  it('rewrites one line on a terminal, throttled, and ends it on finish', () => {
    const written: string[] = [];
    let now = 0;
    const sut = new ProgressLine({ isTTY: true, write: (t: string) => written.push(t) }, () => now);
    now = 1000;
    sut.update(10, 100);
    now = 1050;
    sut.update(20, 100); // within 100 ms: skipped
    now = 2000;
    sut.update(100, 100);
    sut.finish(100, 100);
    expect(written).toEqual(['\rrecords 10/100 (10 records/s)\x1b[K', '\rrecords 100/100 (50 records/s)\x1b[K', '\n']);
  });

  it('prints plain lines when not on a terminal', () => {
    const written: string[] = [];
    let now = 0;
    const sut = new ProgressLine({ write: (t: string) => written.push(t) }, () => now);
    now = 10_000;
    sut.update(5);
    now = 12_000;
    sut.update(6); // within 5 s: skipped
    sut.finish(7);
    expect(written).toEqual(['records 5 (1 records/s)\n', 'records 7 (1 records/s)\n']);
  });
});
