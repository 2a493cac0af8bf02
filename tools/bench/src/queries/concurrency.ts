import { percentiles, type Percentiles } from './stats';

export interface ConcurrencyResult extends Percentiles {
  clients: number;
  requests: number;
  errors: number;
  /** The first error's message, if any. */
  firstError?: string;
  seconds: number;
  perSecond: number;
  /** The API's peak resident memory during the run, MB. */
  peakRssMb: number;
}

/**
 * `clients` loops each sending `request` one after another until `durationMs` has passed (a request
 * under way then is waited for), so the run is bounded in time; every response counts, errors too.
 */
export async function runClients(clients: number, durationMs: number, request: () => Promise<unknown>, peakRss: () => number): Promise<ConcurrencyResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const end = start + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await request();
          latencies.push(performance.now() - t);
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const requests = latencies.length + errors;
  return { clients, requests, errors, firstError, seconds, perSecond: requests / seconds, peakRssMb: peakRss(), ...percentiles(latencies) };
}
