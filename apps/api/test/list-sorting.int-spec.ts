import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

/**
 * Server-side sorting of the paged lists: each list sorts by a chosen column either way, ties go by
 * id the same way, and page 2 continues page 1's order (the cursor carries the sort).
 */
describe('Sorting the paged lists', () => {
  let api: TestApi;
  let db: DataSource;
  let pid: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    pid = await createTestPartnership(api, 'Sortshire LSCP');
    // Values chosen so their order is the same under any collation; ties on purpose.
    await db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on) VALUES
        ($1, 'R4', 'rapid-review', 'Delta', 'completed', '2024-06-01'),
        ($1, 'R1', 'lcspr', 'Alpha', 'in-progress', '2024-03-01'),
        ($1, 'R6', 'rapid-review', 'Foxtrot', 'in-progress', '2024-06-01'),
        ($1, 'R2', 'lcspr', 'Bravo', 'completed', '2024-09-15'),
        ($1, 'R5', 'rapid-review', 'Echo', 'completed', '2024-06-01'),
        ($1, 'R3', 'lcspr', 'Charlie', 'in-progress', '2023-12-01'),
        ($1, 'R7', 'lcspr', 'Golf', 'completed', '2025-01-20')`,
      [pid],
    );
    await db.query(
      `INSERT INTO notifications (partnership_id, ref, date_aware, harm, age_band) VALUES
        ($1, 'N3', '2024-05-01', 'death', 'under-1'),
        ($1, 'N1', '2024-02-01', 'serious-harm', '11-15'),
        ($1, 'N5', '2024-05-01', 'serious-harm', '1-5'),
        ($1, 'N2', '2024-08-01', 'death', '16-17'),
        ($1, 'N4', '2023-11-01', 'serious-harm', 'under-1')`,
      [pid],
    );
    await db.query(
      `INSERT INTO audits (partnership_id, ref, type, title, started_on) VALUES
        ($1, 'AU2', 'thematic', 'Neglect', '2024-04-01'),
        ($1, 'AU1', 'multi-agency-case', 'Exploitation', '2024-04-01'),
        ($1, 'AU4', 'thematic', 'Bruising', '2023-10-01'),
        ($1, 'AU3', 'single-agency', 'Mental health', '2024-11-01'),
        ($1, 'AU5', 'thematic', 'Domestic abuse', '2024-04-01')`,
      [pid],
    );
    await db.query(`INSERT INTO training_courses (partnership_id, ref, title) VALUES ($1, 'C1', 'Neglect')`, [pid]);
    await db.query(
      `INSERT INTO training_sessions (partnership_id, ref, course_id, session_date, capacity)
       SELECT $1, s.ref, c.id, s.d::date, s.cap FROM training_courses c,
         (VALUES ('S2', '2024-03-20', 40), ('S1', '2024-06-10', 12), ('S4', '2024-06-10', 40), ('S3', '2023-09-01', 25), ('S5', '2024-01-05', 12)) s(ref, d, cap)
       WHERE c.partnership_id = $1`,
      [pid],
    );
  });
  afterAll(() => api.close());

  interface Row {
    id: string;
    [field: string]: string | number;
  }

  /** Every row of a list, 2 to a page, following the cursors; the pages as read. */
  async function readAll(field: string, filter: Record<string, unknown>, fields: string, sortType: string, sort?: string, direction?: string) {
    const query = `query($filter: ${filter['__type']}, $first: Int!, $after: String, $sort: ${sortType}, $direction: SortDirection) {
      ${field}(filter: $filter, first: $first, after: $after, sort: $sort, direction: $direction) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id ${fields} } } }`;
    const { __type, ...vars } = filter;
    void __type;
    const pages: Row[][] = [];
    let after: string | null = null;
    for (;;) {
      const data: Record<string, { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await api.gql(query, {
        filter: vars,
        first: 2,
        after,
        sort,
        direction,
      });
      const page = data[field];
      pages.push(page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      if (pages.length > 20) throw new Error('too many pages');
    }
    return pages;
  }

  /** The expected order: by the column, then by id, both the same way. */
  const ordered = (rows: Row[], key: string, direction: 'asc' | 'desc') => {
    const sign = direction === 'asc' ? 1 : -1;
    const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
    return [...rows].sort((a, b) => sign * (cmp(a[key], b[key]) || cmp(a.id, b.id))).map((r) => r.id);
  };

  const LISTS = [
    { field: 'reviews', type: 'ReviewFilter', sortType: 'ReviewSortField', fields: 'ref title type status initiatedOn', keys: ['initiatedOn', 'ref', 'title', 'type', 'status'] },
    { field: 'notifications', type: 'NotificationFilter', sortType: 'NotificationSortField', fields: 'ref dateAware harm ageBand decision', keys: ['dateAware', 'ref', 'harm'] },
    { field: 'audits', type: 'AuditFilter', sortType: 'AuditSortField', fields: 'ref title type startedOn', keys: ['startedOn', 'ref', 'title', 'type'] },
    { field: 'trainingSessions', type: 'TrainingSessionFilter', sortType: 'TrainingSessionSortField', fields: 'ref sessionDate capacity', keys: ['sessionDate', 'ref', 'capacity'] },
  ] as const;

  // GraphQL returns enum values by their names (SERIOUS_HARM); the database holds 'serious-harm'. Their
  // orders agree for the values used here, so the expected order is computed from what the API returns.
  for (const list of LISTS) {
    it(`${list.field}: each column sorts both ways across pages, page 2 continuing page 1`, async () => {
      const filter = { __type: list.type, partnershipId: pid };
      const all = (await readAll(list.field, filter, list.fields, list.sortType)).flat();
      for (const key of list.keys) {
        for (const direction of ['asc', 'desc'] as const) {
          const pages = await readAll(list.field, filter, list.fields, list.sortType, key, direction);
          expect(pages[0]).toHaveLength(2);
          expect(pages.length).toBeGreaterThanOrEqual(3);
          expect({ key, direction, ids: pages.flat().map((r) => r.id) }).toEqual({ key, direction, ids: ordered(all, key, direction) });
        }
      }
    });
  }

  it('keeps each list’s default order when no sort is given: reviews most recently initiated first', async () => {
    const pages = await readAll('reviews', { __type: 'ReviewFilter', partnershipId: pid }, 'ref initiatedOn', 'ReviewSortField');
    const rows = pages.flat();
    expect(rows.map((r) => r.initiatedOn)).toEqual(['2025-01-20', '2024-09-15', '2024-06-01', '2024-06-01', '2024-06-01', '2024-03-01', '2023-12-01']);
    expect(rows.map((r) => r.id)).toEqual(ordered(rows, 'initiatedOn', 'desc'));
    const sessions = (await readAll('trainingSessions', { __type: 'TrainingSessionFilter', partnershipId: pid }, 'ref sessionDate', 'TrainingSessionSortField')).flat();
    expect(sessions.map((s) => s.sessionDate)).toEqual(['2024-06-10', '2024-06-10', '2024-03-20', '2024-01-05', '2023-09-01']);
  });

  it('sorts reviews by title A to Z and Z to A with the exact titles', async () => {
    const asc = (await readAll('reviews', { __type: 'ReviewFilter', partnershipId: pid }, 'title', 'ReviewSortField', 'title', 'asc')).flat();
    expect(asc.map((r) => r.title)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf']);
    const desc = (await readAll('reviews', { __type: 'ReviewFilter', partnershipId: pid }, 'title', 'ReviewSortField', 'title', 'desc')).flat();
    expect(desc.map((r) => r.title)).toEqual(['Golf', 'Foxtrot', 'Echo', 'Delta', 'Charlie', 'Bravo', 'Alpha']);
  });

  it('refuses a sort value that is not a column, naming the argument and its choices', async () => {
    const res = await api.raw(`query($sort: ReviewSortField) { reviews(sort: $sort, first: 2) { totalCount } }`, { sort: 'dueOn' });
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/\$sort/);
    expect(res.errors?.[0].message).toMatch(/"dueOn".*ReviewSortField/);
    const dir = await api.raw(`query($direction: SortDirection) { audits(sort: startedOn, direction: $direction, first: 2) { totalCount } }`, {
      direction: 'sideways',
    });
    expect(dir.errors?.[0].message).toMatch(/\$direction/);
    expect(dir.errors?.[0].message).toMatch(/SortDirection/);
  });

  it('refuses a cursor taken from a list sorted by another column, naming after', async () => {
    const first = await api.gql(`query($pid: ID) { reviews(filter: { partnershipId: $pid }, first: 2, sort: title) { pageInfo { endCursor } } }`, { pid });
    const res = await api.raw(`query($pid: ID, $after: String) { reviews(filter: { partnershipId: $pid }, first: 2, after: $after, sort: ref) { totalCount } }`, {
      pid,
      after: first.reviews.pageInfo.endCursor,
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'after', message: 'is a cursor of this list sorted by title, not by ref: start again from the first page' },
    ]);
  });

  it('downloads the whole reviews list in the order on screen: the export passes the sort through', async () => {
    const res = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({
        list: 'reviews',
        format: 'csv',
        variables: { filter: { partnershipId: pid }, asOf: '2026-03-31', sort: 'title', direction: 'desc' },
        columns: ['ref', 'title'],
      }),
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    expect(lines.filter((l) => /^R\d,/.test(l))).toEqual(['R7,Golf', 'R6,Foxtrot', 'R5,Echo', 'R4,Delta', 'R3,Charlie', 'R2,Bravo', 'R1,Alpha']);
  });
});
