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
    // More courses (after the sessions, which all belong to C1), attendances on the sessions, and
    // graded cases: 'good or better' shares AU1 3/4, AU2 1/2, AU4 0/1; AU3 and AU5 not graded yet.
    await db.query(
      `INSERT INTO training_courses (partnership_id, ref, title) VALUES ($1, 'C3', 'Exploitation'), ($1, 'C2', 'Adolescent risk'), ($1, 'C4', 'Working together'), ($1, 'C5', 'Neglect refresher')`,
      [pid],
    );
    const [agency] = (await db.query(
      `INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, 'AG1', 'Sortshire Police', 'police') RETURNING id`,
      [pid],
    )) as { id: string }[];
    agencyId = agency?.id as string;
    await db.query(
      `INSERT INTO training_attendances (partnership_id, ref, session_id, agency_id, attended)
       SELECT $1, a.ref, s.id, $2, a.attended FROM training_sessions s,
         (VALUES ('T3', 'S1', true), ('T1', 'S1', false), ('T5', 'S4', true), ('T2', 'S2', true), ('T4', 'S2', true)) a(ref, session, attended)
       WHERE s.partnership_id = $1 AND s.ref = a.session`,
      [pid, agencyId],
    );
    await db.query(
      `INSERT INTO audit_cases (partnership_id, ref, audit_id, overall_grade)
       SELECT $1, c.ref, a.id, c.grade FROM audits a,
         (VALUES ('K1', 'AU1', 'outstanding'), ('K2', 'AU1', 'good'), ('K3', 'AU1', 'good'), ('K4', 'AU1', 'inadequate'),
                 ('K5', 'AU2', 'good'), ('K6', 'AU2', 'requires-improvement'), ('K7', 'AU4', 'inadequate')) c(ref, audit, grade)
       WHERE a.partnership_id = $1 AND a.ref = c.audit`,
      [pid],
    );
  });
  afterAll(() => api.close());
  let agencyId: string;

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
    { field: 'trainingCourses', type: 'TrainingCourseFilter', sortType: 'TrainingCourseSortField', fields: 'ref title createdAt', keys: ['title', 'ref', 'createdAt'] },
    { field: 'trainingAttendances', type: 'TrainingAttendanceFilter', sortType: 'TrainingAttendanceSortField', fields: 'ref createdAt', keys: ['ref', 'createdAt'] },
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

  it('keeps the training courses and attendances lists in their default order: courses by title, attendances by reference', async () => {
    const courses = (await readAll('trainingCourses', { __type: 'TrainingCourseFilter', partnershipId: pid }, 'title', 'TrainingCourseSortField')).flat();
    expect(courses.map((c) => c.title)).toEqual(['Adolescent risk', 'Exploitation', 'Neglect', 'Neglect refresher', 'Working together']);
    const desc = (await readAll('trainingCourses', { __type: 'TrainingCourseFilter', partnershipId: pid }, 'ref', 'TrainingCourseSortField', 'ref', 'desc')).flat();
    expect(desc.map((c) => c.ref)).toEqual(['C5', 'C4', 'C3', 'C2', 'C1']);
    const attendances = (await readAll('trainingAttendances', { __type: 'TrainingAttendanceFilter', partnershipId: pid }, 'ref', 'TrainingAttendanceSortField')).flat();
    expect(attendances.map((a) => a.ref)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
  });

  it('filters training sessions by the agency that booked and by course theme', async () => {
    const booked = (await readAll('trainingSessions', { __type: 'TrainingSessionFilter', partnershipId: pid, agencyId }, 'ref', 'TrainingSessionSortField', 'ref')).flat();
    expect(booked.map((s) => s.ref)).toEqual(['S1', 'S2', 'S4']);
    const [theme] = (await db.query(`SELECT id FROM themes WHERE partnership_id = $1 ORDER BY code LIMIT 1`, [pid])) as { id: string }[];
    const none = (await readAll('trainingSessions', { __type: 'TrainingSessionFilter', partnershipId: pid, themeId: theme?.id }, 'ref', 'TrainingSessionSortField')).flat();
    expect(none).toEqual([]);
    await db.query(`INSERT INTO training_course_themes (partnership_id, course_id, theme_id) SELECT $1, id, $2 FROM training_courses WHERE partnership_id = $1 AND ref = 'C1'`, [
      pid,
      theme?.id,
    ]);
    const tagged = (await readAll('trainingSessions', { __type: 'TrainingSessionFilter', partnershipId: pid, themeId: theme?.id }, 'ref', 'TrainingSessionSortField', 'ref')).flat();
    expect(tagged.map((s) => s.ref)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    await db.query(`DELETE FROM training_course_themes WHERE partnership_id = $1`, [pid]);
  });

  describe('the case-audit list (auditQualityAuditList)', () => {
    const LIST = `query($filter: MetricFilter, $auditTypes: [AuditType!], $sort: AuditListSort, $direction: SortDirection, $first: Int!, $after: String) {
      auditQualityAuditList(filter: $filter, auditTypes: $auditTypes, sort: $sort, direction: $direction, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { auditId audit { ref title startedOn } overall { total goodOrBetter { numerator denominator value } } domains { domain } } } }`;
    interface Node {
      audit: { ref: string; title: string; startedOn: string };
      overall: { total: number; goodOrBetter: { value: number | null } };
      domains: { domain: string }[];
    }

    /** The references in list order, 2 to a page, and how many pages it took. */
    async function refs(sort?: string, direction?: string, auditTypes?: string[]) {
      const out: Node[] = [];
      let after: string | null = null;
      let pages = 0;
      let total = -1;
      do {
        const data: { auditQualityAuditList: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] } } = await api.gql(
          LIST,
          { filter: { partnershipIds: [pid] }, auditTypes, sort, direction, first: 2, after },
        );
        const page = data.auditQualityAuditList;
        total = page.totalCount;
        out.push(...page.nodes);
        pages += 1;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && pages < 10);
      return { refs: out.map((n) => n.audit.ref), nodes: out, pages, total };
    }

    it('lists every case-grading audit, latest start first (ties by reference), a page at a time', async () => {
      const { refs: order, pages, total, nodes } = await refs();
      expect(order).toEqual(['AU3', 'AU1', 'AU2', 'AU5', 'AU4']);
      expect(pages).toBe(3);
      expect(total).toBe(5);
      expect(nodes.find((n) => n.audit.ref === 'AU1')?.overall).toEqual({ total: 4, goodOrBetter: { value: 0.75, numerator: 3, denominator: 4 } });
      // The seven domains in use of the default set (the retired planning-and-intervention has no grades here).
      expect(nodes.every((n) => n.domains.length === 7)).toBe(true);
    });

    it('sorts by each column both ways on the server', async () => {
      expect((await refs('ref')).refs).toEqual(['AU1', 'AU2', 'AU3', 'AU4', 'AU5']);
      expect((await refs('ref', 'desc')).refs).toEqual(['AU5', 'AU4', 'AU3', 'AU2', 'AU1']);
      expect((await refs('startedOn')).refs).toEqual(['AU4', 'AU1', 'AU2', 'AU5', 'AU3']);
      expect((await refs('title')).refs).toEqual(['AU4', 'AU5', 'AU1', 'AU3', 'AU2']);
      expect((await refs('type')).refs).toEqual(['AU1', 'AU3', 'AU2', 'AU4', 'AU5']);
      expect((await refs('gradedCases', 'desc')).refs).toEqual(['AU1', 'AU2', 'AU4', 'AU3', 'AU5']);
      expect((await refs('gradedCases')).refs).toEqual(['AU3', 'AU5', 'AU4', 'AU2', 'AU1']);
    });

    it('puts audits not yet graded last whichever way the share good or better runs', async () => {
      expect((await refs('goodOrBetter', 'desc')).refs).toEqual(['AU1', 'AU2', 'AU4', 'AU3', 'AU5']);
      expect((await refs('goodOrBetter', 'asc')).refs).toEqual(['AU4', 'AU2', 'AU1', 'AU3', 'AU5']);
    });

    it('keeps to the audit types asked for, and counts only them', async () => {
      const thematic = await refs('ref', 'asc', ['THEMATIC']);
      expect(thematic.refs).toEqual(['AU2', 'AU4', 'AU5']);
      expect(thematic.total).toBe(3);
    });

    it('refuses a cursor it did not give and a sort that is not a column, naming the argument', async () => {
      const bad = await api.raw(LIST, { filter: { partnershipIds: [pid] }, first: 2, after: 'not-a-cursor' });
      expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'after', message: 'is not a cursor returned by the case-audit list' }]);
      const sort = await api.raw(LIST, { filter: { partnershipIds: [pid] }, first: 2, sort: 'dueOn' });
      expect(sort.errors?.[0].message).toMatch(/\$sort/);
    });
  });

  it('downloads the whole case-audit and training-session lists in the order on screen', async () => {
    const download = async (list: string, variables: Record<string, unknown>, columns: string[]) => {
      const res = await fetch(`${api.origin}/api/exports`, {
        method: 'POST',
        headers: api.headers(),
        body: JSON.stringify({ list, format: 'csv', variables, columns }),
      });
      expect(res.status).toBe(200);
      return (await res.text()).split('\r\n');
    };
    const audits = await download('case-audits', { filter: { partnershipIds: [pid] }, sort: 'goodOrBetter', direction: 'desc' }, ['ref', 'gradedCases', 'goodOrBetter']);
    expect(audits.filter((l) => /^AU\d,/.test(l))).toEqual(['AU1,4,75%', 'AU2,2,50%', 'AU4,1,0%', 'AU3,0,', 'AU5,0,']);
    expect(audits.some((l) => /Sorted by.*Good or better, descending/.test(l))).toBe(true);
    const sessions = await download('training-sessions', { filter: { partnershipId: pid }, sort: 'ref', direction: 'desc' }, ['ref', 'course', 'booked', 'attended']);
    expect(sessions.filter((l) => /^S\d,/.test(l))).toEqual(['S5,Neglect,0,0', 'S4,Neglect,1,1', 'S3,Neglect,0,0', 'S2,Neglect,2,2', 'S1,Neglect,2,1']);
  });
});
