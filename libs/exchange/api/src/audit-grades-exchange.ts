import type { AuditCaseRecord } from '@sli/exchange-domain';
import type { ChildSet } from './section-specs';
import { Unnest, type Statement } from './upsert-sql';

/*
 * An audit case's domain grades in the bundle (issue 10): `{ domain, agency?, grade, narrative? }`,
 * the domain by its code in the partnership's audit domains, the agency by ref; no agency is the
 * overall multi-agency grade. One per (domain, agency or none): the key holds a nullable column, which
 * the generic child writer (upsert-sql.ts) cannot match on, so the grades have their own statement.
 * Bundles from before per-agency grades (no `agency`) import as overall grades, as they were.
 */

type Grade = NonNullable<AuditCaseRecord['domainGrades']>[number];

/** An id no agency has, so that "no agency" compares equal to itself in NOT IN. */
const NO_AGENCY = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** Makes each case's grades equal to the bundle's; returns the ids of cases whose grades changed. */
export function domainGradesStatement(owners: readonly AuditCaseRecord[]): Statement {
  const scope = new Unnest()
    .add('p', 'text', owners.map((o) => o.partnership))
    .add('k', 'text', owners.map((o) => o.ref));
  const pairs: [AuditCaseRecord, Grade][] = owners.flatMap((o) => (o.domainGrades ?? []).map((g) => [o, g] as [AuditCaseRecord, Grade]));
  const src = new Unnest(scope.params.length)
    .add('p', 'text', pairs.map(([o]) => o.partnership))
    .add('k', 'text', pairs.map(([o]) => o.ref))
    .add('domain', 'text', pairs.map(([, g]) => g.domain))
    .add('agency', 'text', pairs.map(([, g]) => g.agency ?? null))
    .add('grade', 'text', pairs.map(([, g]) => g.grade))
    .add('narrative', 'text', pairs.map(([, g]) => g.narrative ?? null));
  const ownerJoin = 'JOIN partnerships p ON p.ref = s.p JOIN audit_cases o ON o.partnership_id = p.id AND o.ref = s.k';
  // The bundle's checks refuse an agency ref the partnership does not have (bundle-references.ts), so
  // the inner condition on the agency only ever drops what was already refused.
  const sql = `
    WITH scope AS (
      SELECT o.id FROM ${scope.sql()} ${ownerJoin}
    ), src AS (
      SELECT o.partnership_id, o.id AS owner_id, s.domain, ag.id AS agency_id, s.grade, s.narrative
      FROM ${src.sql()} ${ownerJoin}
      LEFT JOIN agencies ag ON ag.partnership_id = o.partnership_id AND ag.ref = s.agency
      WHERE s.agency IS NULL OR ag.id IS NOT NULL
    ), del AS (
      DELETE FROM audit_case_domain_grades d USING scope
      WHERE d.audit_case_id = scope.id
        AND (d.audit_case_id, d.domain, coalesce(d.agency_id, ${NO_AGENCY})) NOT IN (SELECT owner_id, domain, coalesce(agency_id, ${NO_AGENCY}) FROM src)
      RETURNING d.audit_case_id AS owner_id
    ), up AS (
      INSERT INTO audit_case_domain_grades AS t (partnership_id, audit_case_id, domain, agency_id, grade, narrative)
      SELECT partnership_id, owner_id, domain, agency_id, grade, narrative FROM src
      ON CONFLICT (audit_case_id, domain, agency_id) DO UPDATE SET grade = excluded.grade, narrative = excluded.narrative
        WHERE (t.grade, t.narrative) IS DISTINCT FROM (excluded.grade, excluded.narrative)
      RETURNING t.audit_case_id AS owner_id
    )
    SELECT owner_id FROM del UNION SELECT owner_id FROM up`;
  return { sql, params: [...scope.params, ...src.params] };
}

export const domainGradesChild: ChildSet<AuditCaseRecord> = {
  field: 'domainGrades',
  table: 'audit_case_domain_grades',
  owner: 'audit_case_id',
  key: ['domain', 'agency_id'],
  columns: [],
  items: (r) => r.domainGrades ?? [],
  statement: (owners) => domainGradesStatement(owners as readonly AuditCaseRecord[]),
};
