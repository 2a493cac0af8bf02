import { ActionStatus, statusOn, type StatusOnInput } from '@sli/actions-api';
import { actionsAsOf } from '@sli/analytics-api';
import { todayInEngland } from '@sli/analytics-domain';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * The status-at-a-date building blocks (migration 1730000001200): a review's history derived from
 * its dates and kept current, review_status_on, action_status_on (checked against its TS mirror
 * statusOn) and an action's cancellation date.
 */
describe('Status on a date, in SQL', () => {
  let api: TestApi;
  let db: DataSource;
  let pid: string;
  let agencyId: string;
  let reviewId: string;
  const today = todayInEngland();

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    pid = await createTestPartnership(api, 'Status Dates LSCP');
    [{ id: agencyId }] = await db.query(`INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, 'POL', 'Police', 'police') RETURNING id`, [pid]);
    [{ id: reviewId }] = await db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, 'SRC', 'lcspr', 'Source', '2024-01-10') RETURNING id`,
      [pid],
    );
  });
  afterAll(() => api.close());

  const insertReview = async (fields: Record<string, unknown>): Promise<string> => {
    const columns = ['partnership_id', 'ref', 'type', 'title', ...Object.keys(fields)];
    const values = [pid, uniqueRef('R'), 'lcspr', 'Review', ...Object.values(fields)];
    const [{ id }] = await db.query(
      `INSERT INTO reviews (${columns.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      values,
    );
    return id as string;
  };
  const history = async (id: string) =>
    (
      (await db.query(
        `SELECT status, to_char(changed_on, 'YYYY-MM-DD') AS on, derived FROM review_status_changes WHERE review_id = $1 ORDER BY changed_on, id`,
        [id],
      )) as { status: string; on: string; derived: boolean }[]
    ).map((h) => `${h.on} ${h.status}${h.derived ? ' (derived)' : ''}`);
  const reviewOn = async (id: string, days: string[]) =>
    ((await db.query(`SELECT d::text AS d, review_status_on($1, d) AS s FROM unnest($2::date[]) d`, [id, days])) as { d: string; s: string | null }[]).map(
      (r) => `${r.d} ${r.s}`,
    );

  it('derives the history a review written without one implies, step by step up to its status', async () => {
    const published = await insertReview({
      status: 'published',
      initiated_on: '2024-04-10',
      terms_agreed_on: '2024-05-20',
      completed_on: '2024-12-01',
      published_on: '2025-02-03',
    });
    expect(await history(published)).toEqual([
      '2024-04-10 proposed (derived)',
      '2024-05-20 in-progress (derived)',
      '2024-12-01 completed (derived)',
      '2025-02-03 published (derived)',
    ]);
    // Unknown terms date: straight from proposed to completed. Scoping and closing have no date of their own.
    const closed = await insertReview({ status: 'closed-unpublished', unpublished_reason: 'Criminal trial', initiated_on: '2024-04-10', completed_on: '2024-10-01' });
    expect(await history(closed)).toEqual(['2024-04-10 proposed (derived)', '2024-10-01 completed (derived)', '2024-10-01 closed-unpublished (derived)']);
    const scoping = await insertReview({ status: 'scoping', initiated_on: '2024-04-10' });
    expect(await history(scoping)).toEqual(['2024-04-10 proposed (derived)', '2024-04-10 scoping (derived)']);
    const drafted = await insertReview({ status: 'report-drafted', initiated_on: '2024-04-10', terms_agreed_on: '2024-06-01' });
    expect(await history(drafted)).toEqual(['2024-04-10 proposed (derived)', '2024-06-01 in-progress (derived)', '2024-06-01 report-drafted (derived)']);

    // Status on a date: none before it began, then each step from its day (same-day steps in order).
    expect(await reviewOn(published, ['2024-04-09', '2024-04-10', '2024-05-19', '2024-05-20', '2025-03-31', '2026-03-31'])).toEqual([
      '2024-04-09 null',
      '2024-04-10 proposed',
      '2024-05-19 proposed',
      '2024-05-20 in-progress',
      '2025-03-31 published',
      '2026-03-31 published',
    ]);
    expect(await reviewOn(closed, ['2024-09-30', '2024-10-01'])).toEqual(['2024-09-30 proposed', '2024-10-01 closed-unpublished']);
  });

  it('adds one change when the status changes, on its own date when it has one, else today', async () => {
    const id = await insertReview({ status: 'in-progress', initiated_on: '2025-05-01', terms_agreed_on: '2025-06-15' });
    await db.query(`UPDATE reviews SET status = 'completed', completed_on = '2026-11-02' WHERE id = $1`, [id]);
    // Only the title changed: no change of status, nothing added.
    await db.query(`UPDATE reviews SET title = 'Renamed' WHERE id = $1`, [id]);
    // Three changes in one transaction add one row, the status at commit; closing has no date of its own.
    await db.transaction(async (m) => {
      await m.query(`UPDATE reviews SET status = 'published', published_on = '2026-11-20' WHERE id = $1`, [id]);
      await m.query(`UPDATE reviews SET status = 'completed', published_on = NULL WHERE id = $1`, [id]);
      await m.query(`UPDATE reviews SET status = 'closed-unpublished', unpublished_reason = 'Withdrawn' WHERE id = $1`, [id]);
    });
    expect(await history(id)).toEqual([
      '2025-05-01 proposed (derived)',
      '2025-06-15 in-progress (derived)',
      '2026-11-02 completed',
      `${today} closed-unpublished`,
    ]);
    expect(await reviewOn(id, ['2026-03-31', '2026-11-02'])).toEqual(['2026-03-31 in-progress', '2026-11-02 completed']);

    // A date of its own before the latest change cannot take it back in time: it takes today.
    const late = await insertReview({ status: 'in-progress', initiated_on: '2025-05-01', terms_agreed_on: '2026-10-01' });
    await db.query(`UPDATE reviews SET status = 'completed', completed_on = '2026-09-01' WHERE id = $1`, [late]);
    expect((await history(late)).slice(-1)).toEqual([`${today} completed`]);
  });

  it('keeps an action cancellation date exactly while it is cancelled', async () => {
    const insert = async (status: string, cancelledOn: string | null) =>
      (
        await db.query(
          `INSERT INTO actions (partnership_id, ref, review_id, owner_agency_id, title, due_on, status, cancelled_on)
           VALUES ($1, $2, $3, $4, 'An action', '2025-06-30', $5, $6) RETURNING id, to_char(cancelled_on, 'YYYY-MM-DD') AS cancelled_on`,
          [pid, uniqueRef('A'), reviewId, agencyId, status, cancelledOn],
        )
      )[0] as { id: string; cancelled_on: string | null };
    expect((await insert('cancelled', '2025-02-01')).cancelled_on).toBe('2025-02-01');
    const undated = await insert('cancelled', null);
    expect(undated.cancelled_on).toBe(today); // the writer gave none: today in England
    const [reinstated] = await db.query(
      `WITH u AS (UPDATE actions SET status = 'in-progress' WHERE id = $1 RETURNING cancelled_on) SELECT cancelled_on FROM u`,
      [undated.id],
    );
    expect(reinstated.cancelled_on).toBeNull();
    expect((await insert('in-progress', '2025-02-01')).cancelled_on).toBeNull(); // only a cancelled action has one
  });

  it('gives an action the same status on every day as the TS rule, on generated histories', async () => {
    const statuses = Object.values(ActionStatus);
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const generated = fc.record({
      changes: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), to: fc.constantFrom(...statuses), minute: fc.integer({ min: 0, max: 1439 }) }), {
        maxLength: 5,
      }),
      completedShift: fc.integer({ min: -30, max: 30 }),
      withCreation: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        // A history of changes (its first, optionally, recording the creation), the action's status its last.
        const updates: { on: string; from: ActionStatus | null; to: ActionStatus }[] = [];
        const stamps: string[] = [];
        let at = 0;
        let previous: ActionStatus | null = g.withCreation ? null : ActionStatus.NOT_STARTED;
        for (const [i, c] of g.changes.entries()) {
          at += c.gap;
          if (c.to === previous) continue;
          // Late evening UTC is the next day in England in summer: the rule reads days in England.
          // Recorded in the order of the list: a change on the same day comes after the one before.
          const wanted = Date.UTC(2025, 0, 1) + at * 86_400_000 + c.minute * 60_000;
          const stamp = new Date(Math.max(wanted, (stamps.length > 0 ? Date.parse(stamps[stamps.length - 1] as string) : 0) + 60_000 + i)).toISOString();
          const on = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(stamp));
          updates.push({ on, from: previous, to: c.to });
          stamps.push(stamp);
          previous = c.to;
        }
        const status = previous ?? ActionStatus.NOT_STARTED;
        const lastDay = day(at);
        const complete = status === ActionStatus.COMPLETED || status === ActionStatus.IMPACT_EVIDENCED;
        const action: StatusOnInput = {
          status,
          completedOn: complete ? day(Math.max(0, at + g.completedShift)) : null,
          cancelledOn: status === ActionStatus.CANCELLED ? lastDay : null,
          updates,
        };
        const [{ id }] = await db.query(
          `INSERT INTO actions (partnership_id, ref, review_id, owner_agency_id, title, due_on, status, completed_on, impact_evidence, cancelled_on)
           VALUES ($1, $2, $3, $4, 'Generated', '2025-06-30', $5, $6, CASE WHEN $5 = 'impact-evidenced' THEN 'Evidence' END, $7) RETURNING id`,
          [pid, uniqueRef('G'), reviewId, agencyId, status, action.completedOn, action.cancelledOn],
        );
        for (const [i, u] of updates.entries()) {
          await db.query(
            `INSERT INTO action_updates (partnership_id, action_id, changed_at, changed_by, from_status, to_status) VALUES ($1, $2, $3, 'test', $4, $5)`,
            [pid, id, stamps[i], u.from, u.to],
          );
        }
        const days = Array.from({ length: at + 40 }, (_, n) => day(n - 5)).filter((_, n) => n % 3 === 0);
        const rows: { d: string; s: string }[] = await db.query(
          `SELECT d::text AS d, action_status_on(a.id, a.status, a.completed_on, a.cancelled_on, d) AS s
             FROM actions a CROSS JOIN unnest($2::date[]) d WHERE a.id = $1 ORDER BY d`,
          [id, days],
        );
        expect(rows.map((r) => `${r.d} ${r.s}`)).toEqual(days.map((d) => `${d} ${statusOn(action, d)}`));
        // The figures' own reading of it (actionsAsOf, the same rule inside one statement) agrees day by day.
        const inline: { d: string; s: string }[] = await db.query(
          `SELECT d::text AS d, (SELECT a.status FROM ${actionsAsOf('d')} a WHERE a.id = $1) AS s FROM unnest($2::date[]) d ORDER BY d`,
          [id, days],
        );
        expect(inline).toEqual(rows);
      }),
      { numRuns: 25 },
    );
  });
});
