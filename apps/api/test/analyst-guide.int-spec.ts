import { ImportService } from '@sli/exchange-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { generateBundle } from '@sli/seed';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from './harness';

/**
 * Runs every example query of the analyst guide (docs/analyst-guide/examples/*.graphql) against
 * the demo data, so the guide cannot drift from the API. Each file holds one operation; its first
 * line may give variables as `# variables: {...}`; the runner adds `partnershipIds`, which every
 * example must declare, so it reads only the demo partnership even on a shared database.
 */
const EXAMPLES = join(__dirname, '../../../docs/analyst-guide/examples');
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

/** The `# variables: {...}` of the first line, or none. */
function variablesOf(text: string, file: string): Record<string, unknown> {
  const first = text.split('\n', 1)[0] ?? '';
  const match = /^#\s*variables:\s*(\{.*\})\s*$/.exec(first);
  if (!match) return {};
  try {
    return JSON.parse(match[1]) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: the variables line is not JSON: ${(e as Error).message}`);
  }
}

/** True when some leaf of the response (a scalar, not an object or list) is not null. */
function hasValue(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (Array.isArray(data)) return data.some(hasValue);
  if (typeof data === 'object') return Object.values(data).some(hasValue);
  return true;
}

describe('Analyst guide examples on the demo data', () => {
  let api: TestApi;
  let partnershipIds: string[];

  beforeAll(async () => {
    api = await startTestApi();
    const bundle = generateBundle({ seed: 2026, partnerships: 1, years: 2, lastYearStart: 2025 });
    // Idempotent: on a shared PostgreSQL database an earlier run's import is simply found unchanged.
    await runInScope(cliScope('test'), () => api.app.get(ImportService).importBundle(bundle));
    const refs = bundle.partnerships.map((p) => p.ref);
    const rows: { id: string }[] = await api.db.query(`SELECT id FROM partnerships WHERE ref = ANY($1::text[])`, [refs]);
    partnershipIds = rows.map((r) => r.id);
    await api.joinPartnerships(partnershipIds);
    expect(partnershipIds).toHaveLength(1);
  }, 180_000);
  afterAll(() => api?.close());

  it('has examples to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s runs without errors and returns data', async (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    expect(text).toMatch(/\$partnershipIds\s*:\s*\[ID!\]/);
    const body = await api.raw(text, { ...variablesOf(text, file), partnershipIds });
    expect(body.errors).toBeUndefined();
    expect(hasValue(body.data)).toBe(true);
  });
});
