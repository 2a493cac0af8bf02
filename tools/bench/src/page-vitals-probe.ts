/** What one cold load of the overview measured, in ms since navigation start (null: it did not happen). */
export interface PageTimings {
  lcp: number | null;
  /** The LCP element: tag, test id or class, and the start of its text. */
  lcpElement: string;
  cls: number;
  /** The shifts of the largest session window: value and the elements that moved. */
  shifts: string[];
  firstGraphqlStart: number | null;
  dataStart: number | null;
  dataEnd: number | null;
  chunkEnd: number | null;
}

/* The browser's entry types, as far as the probe reads them (the tools compile without the DOM library). */
interface ShiftEntry {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: ProbeNode | null }[];
}
interface LcpEntry {
  startTime: number;
  element?: ProbeNode | null;
}
interface ProbeNode {
  nodeName: string;
  textContent: string | null;
  getAttribute?: (name: string) => string | null;
}
interface ResourceEntry {
  name: string;
  startTime: number;
  responseEnd: number;
}
interface ProbeGlobals {
  PerformanceObserver: new (cb: (list: { getEntries(): unknown[] }) => void) => { observe(o: { type: string; buffered: boolean }): void };
  performance: { getEntriesByType(type: string): unknown[] };
}

/**
 * Runs in the page (Playwright serialises it: it must use nothing from outside). `operations` names the
 * /graphql requests in the order they were sent; resource timing lists them by start, in the same order.
 */
export function measureInPage({ chunk, dataOperation, operations }: { chunk: string; dataOperation: string; operations: string[] }): Promise<PageTimings> {
  const g = globalThis as unknown as ProbeGlobals;
  const describe = (node: ProbeNode | null | undefined): string => {
    if (!node) return '?';
    const id = node.getAttribute?.('data-testid') ?? node.getAttribute?.('class');
    return `${node.nodeName.toLowerCase()}${id ? `.${id.split(' ')[0]}` : ''} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
  };
  return new Promise((done) => {
    const lcps: LcpEntry[] = [];
    const shifts: ShiftEntry[] = [];
    new g.PerformanceObserver((l) => lcps.push(...(l.getEntries() as LcpEntry[]))).observe({ type: 'largest-contentful-paint', buffered: true });
    new g.PerformanceObserver((l) => shifts.push(...(l.getEntries() as ShiftEntry[]))).observe({ type: 'layout-shift', buffered: true });
    // Buffered entries arrive in a task of their own.
    setTimeout(() => {
      // CLS: shifts without recent input grouped into session windows (gaps < 1 s, windows ≤ 5 s); the largest window.
      let best: ShiftEntry[] = [];
      let bestSum = 0;
      let current: ShiftEntry[] = [];
      let sum = 0;
      for (const s of shifts.filter((e) => !e.hadRecentInput)) {
        const first = current[0];
        const last = current.at(-1);
        if (first && last && s.startTime - last.startTime < 1000 && s.startTime - first.startTime < 5000) {
          current.push(s);
          sum += s.value;
        } else {
          current = [s];
          sum = s.value;
        }
        if (sum > bestSum) {
          bestSum = sum;
          best = [...current];
        }
      }
      const resources = g.performance.getEntriesByType('resource') as ResourceEntry[];
      const graphql = resources.filter((r) => new URL(r.name).pathname === '/graphql').sort((a, b) => a.startTime - b.startTime);
      const data = graphql[operations.indexOf(dataOperation)];
      const pageChunk = resources.find((r) => r.name.endsWith(`/${chunk}`));
      const lcp = lcps.at(-1);
      done({
        lcp: lcp ? lcp.startTime : null,
        lcpElement: describe(lcp?.element),
        cls: bestSum,
        shifts: best.map((s) => `${s.value.toFixed(3)} at ${Math.round(s.startTime)} ms: ${(s.sources ?? []).map((src) => describe(src.node)).join(', ')}`),
        firstGraphqlStart: graphql[0]?.startTime ?? null,
        dataStart: data?.startTime ?? null,
        dataEnd: data?.responseEnd ?? null,
        chunkEnd: pageChunk?.responseEnd ?? null,
      });
    }, 50);
  });
}
