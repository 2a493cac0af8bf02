import { SECTION_SPECS } from './section-specs';
import { childSyncStatement, deferredStatement, upsertStatement, type Statement } from './upsert-sql';

const spec = (section: string) => {
  const found = SECTION_SPECS.find((s) => s.section === section);
  if (!found) throw new Error(section);
  return found;
};
const placeholders = (s: Statement) => new Set(s.sql.match(/\$\d+/g)).size;

describe('import SQL', () => {
  const reviews = [
    { partnership: 'P', ref: 'R1', type: 'lcspr', title: 'T', status: 'proposed', initiatedOn: '2024-01-01', notification: 'N1', agencies: ['A', 'B'] },
    { partnership: 'P', ref: 'R2', type: 'sar', title: 'U', status: 'proposed', initiatedOn: '2024-01-02', sourceReview: 'R1' },
  ];

  it('upserts by (partnership, ref), updating only rows that differ', () => {
    const s = upsertStatement(spec('reviews'), reviews);
    expect(placeholders(s)).toBe(s.params.length);
    expect(s.params.every((p) => Array.isArray(p) && p.length === 2)).toBe(true);
    expect(s.sql).toContain('ON CONFLICT ("partnership_id", "ref") DO UPDATE');
    expect(s.sql).toMatch(/IS DISTINCT FROM/);
    expect(s.sql).toContain('LEFT JOIN notifications j3 ON j3.partnership_id = p.id AND j3.ref = s.c3');
    // Absent optional fields become null, absent defaults their default.
    expect(s.params).toContainEqual([false, false]); // independent_reviewer
    expect(s.params).toContainEqual(['not-yet-offered', 'not-yet-offered']);
    expect(s.sql).not.toContain('source_review_id');
  });

  it('matches partnerships by ref alone and themes by code', () => {
    expect(upsertStatement(spec('partnerships'), [{ ref: 'P', name: 'P', kind: 'children' }]).sql).toContain('ON CONFLICT ("ref")');
    expect(upsertStatement(spec('themes'), [{ partnership: 'P', code: 'x', name: 'X', group: 'harm' }]).sql).toContain('ON CONFLICT ("partnership_id", "code")');
  });

  it('syncs a link set: one row per (owner, target), resolved by ref', () => {
    const links = spec('reviews').children?.find((c) => c.field === 'agencies');
    if (!links) throw new Error('no agencies link');
    const s = childSyncStatement(spec('reviews'), links, reviews);
    expect(placeholders(s)).toBe(s.params.length);
    expect(s.params).toEqual([['P', 'P'], ['R1', 'R2'], ['P', 'P'], ['R1', 'R1'], ['A', 'B']]);
    expect(s.sql).toContain('ON CONFLICT DO NOTHING');
    expect(s.sql).toContain('DELETE FROM review_agencies d USING scope');
  });

  it('syncs nested records by their natural key, updating the other columns', () => {
    const values = spec('measures').children?.find((c) => c.field === 'values');
    if (!values) throw new Error('no values');
    const measure = { partnership: 'P', ref: 'M', values: [{ periodStart: '2024-04-01', value: 3 }] };
    const s = childSyncStatement(spec('measures'), values, [measure]);
    expect(s.sql).toMatch(/ON CONFLICT \("measure_id", "period_start"\) DO UPDATE SET "value" = excluded."value"/);
    expect(s.sql).toContain('DELETE FROM measure_values d USING scope');
  });

  it("only adds to an action's status history: no update, no delete", () => {
    const updates = spec('actions').children?.find((c) => c.field === 'updates');
    if (!updates) throw new Error('no updates');
    const action = { partnership: 'P', ref: 'X', updates: [{ changedAt: '2024-01-01T00:00:00Z', changedBy: 'a', toStatus: 'completed' }] };
    const s = childSyncStatement(spec('actions'), updates, [action]);
    expect(s.sql).toContain('ON CONFLICT DO NOTHING');
    expect(s.sql).not.toMatch(/DELETE|DO UPDATE/);
    expect(s.params.at(-1)).toEqual([null]); // note
  });

  it('writes same-section references in a second pass', () => {
    const column = spec('reviews').deferred?.[0];
    if (!column) throw new Error('no deferred column');
    const s = deferredStatement(spec('reviews'), column, reviews);
    expect(s.params).toEqual([['P', 'P'], ['R1', 'R2'], [null, 'R1']]);
    expect(s.sql).toContain('"source_review_id" IS DISTINCT FROM j.id');
  });

  it('has a spec per bundle section, in bundle order', () => {
    expect(SECTION_SPECS.map((s) => s.section)).toEqual([
      'partnerships', 'agencies', 'themes', 'notifications', 'reviews', 'informationRequests', 'referrals', 'audits', 'auditCases',
      'section11Assessments', 'findings', 'recommendations', 'actions', 'trainingCourses', 'trainingSessions', 'attendances',
      'learningProducts', 'obaResults', 'obaStrategies', 'measures',
    ]);
  });
});
