import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security read once per statement, not once per row (issue 12). Every `tenant` policy read
 * `sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids())`. Both functions are inlined, so
 * the planner evaluated the setting, and cast the caller's partnerships from text to `uuid[]`, for every row
 * of every table a statement read: for an admin of all 150 partnerships of the national data, 220 ms of a
 * scan of the 39,736 actions and 238 ms of the 2,600 agencies, in every action figure. Wrapped in scalar
 * subqueries, each becomes an InitPlan evaluated once per statement: the year's action summary across all
 * partnerships went from 700 ms to 55 ms (with migration-free changes beside it: JIT off, the status as of a
 * day kept as one column). Same rule, same rows: only where the value is computed changes.
 *
 * A new table's policy is written the same way:
 *   CREATE POLICY tenant ON t USING ((SELECT sli_all_partnerships()) OR partnership_id = ANY ((SELECT sli_partnership_ids())::uuid[]))
 * (database.int-spec.ts refuses a tenant policy that calls either function per row).
 */

const ONCE = `replace(replace(p.qual, 'sli_all_partnerships()', '(SELECT sli_all_partnerships())'),
  'sli_partnership_ids()', '(SELECT sli_partnership_ids())::uuid[]')`;
const PER_ROW = `regexp_replace(regexp_replace(p.qual,
  '\\(\\s*SELECT sli_all_partnerships\\(\\) AS sli_all_partnerships\\)', 'sli_all_partnerships()', 'g'),
  '\\(\\s*SELECT sli_partnership_ids\\(\\) AS sli_partnership_ids\\)::uuid\\[\\]', 'sli_partnership_ids()', 'g')`;

/** Rewrites every tenant policy's USING expression by `rewrite` (SQL over `p.qual`), keeping its command and roles. */
function rewritePolicies(rewrite: string): string {
  return `
    DO $$
    DECLARE p record;
    BEGIN
      FOR p IN SELECT tablename, qual FROM pg_policies WHERE schemaname = current_schema() AND policyname = 'tenant' LOOP
        EXECUTE format('ALTER POLICY tenant ON %I USING (%s)', p.tablename, ${rewrite});
      END LOOP;
    END $$;`;
}

export class TenantPolicyOncePerStatement1730000003900 implements MigrationInterface {
  name = 'TenantPolicyOncePerStatement1730000003900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(rewritePolicies(ONCE));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(rewritePolicies(PER_ROW));
  }
}
