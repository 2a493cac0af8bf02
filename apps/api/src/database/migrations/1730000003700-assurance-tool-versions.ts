import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editable assurance tools (issue 10): a published version never changes, because audit rounds and
 * their assessments refer to its standards; editing means drafting the next version. The API says
 * so first; these triggers hold it for any other writer:
 * - a version that is not a draft keeps its name, kind, key, number, description and publication
 *   date, moves only forward (draft → in use → retired) and is never deleted (unless its partnership
 *   is, by cascade);
 * - its standards and rating levels are neither changed nor deleted, and none are added, except in
 *   the transaction that created the version (the defaults and an import write a published version
 *   with its standards at once).
 * And at most one version of each tool is in use, and at most one is a draft.
 */
export class AssuranceToolVersions1730000003700 implements MigrationInterface {
  name = 'AssuranceToolVersions1730000003700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX uq_assurance_tools__status_in_use ON assurance_tools (partnership_id, tool_key) WHERE status = 'in-use';
      CREATE UNIQUE INDEX uq_assurance_tools__status_draft ON assurance_tools (partnership_id, tool_key) WHERE status = 'draft';

      CREATE FUNCTION sli_assurance_tool_fixed() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' AND EXISTS (SELECT 1 FROM partnerships p WHERE p.id = OLD.partnership_id) THEN
            RAISE EXCEPTION 'version % of assurance tool % is %: only a draft may be deleted', OLD.version, OLD.tool_key, OLD.status
              USING ERRCODE = '23514', CONSTRAINT = 'ck_assurance_tools__status';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'draft' AND (NEW.partnership_id, NEW.tool_key, NEW.name, NEW.kind, NEW.version, NEW.description, NEW.published_on)
             IS DISTINCT FROM (OLD.partnership_id, OLD.tool_key, OLD.name, OLD.kind, OLD.version, OLD.description, OLD.published_on) THEN
          RAISE EXCEPTION 'version % of assurance tool % is %: a published version never changes; draft a new version', OLD.version, OLD.tool_key, OLD.status
            USING ERRCODE = '23514', CONSTRAINT = 'ck_assurance_tools__status';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status, NEW.status) IN (('draft', 'in-use'), ('in-use', 'retired'), ('draft', 'retired')) THEN
          RAISE EXCEPTION 'version % of assurance tool % cannot go from % to %', OLD.version, OLD.tool_key, OLD.status, NEW.status
            USING ERRCODE = '23514', CONSTRAINT = 'ck_assurance_tools__status';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER tr_assurance_tools__fixed BEFORE UPDATE OR DELETE ON assurance_tools
        FOR EACH ROW EXECUTE FUNCTION sli_assurance_tool_fixed();

      CREATE FUNCTION sli_assurance_tool_part_fixed() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        t assurance_tools;
      BEGIN
        FOR t IN SELECT * FROM assurance_tools WHERE id IN (OLD.tool_id, NEW.tool_id) LOOP
          IF t.status <> 'draft' AND NOT (TG_OP = 'INSERT' AND t.created_at = now()) THEN
            RAISE EXCEPTION 'version % of assurance tool % is %: its standards and scale never change; draft a new version', t.version, t.tool_key, t.status
              USING ERRCODE = '23514', CONSTRAINT = 'ck_' || TG_TABLE_NAME || '__tool_id';
          END IF;
        END LOOP;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $f$;
      CREATE TRIGGER tr_tool_standards__fixed BEFORE INSERT OR UPDATE OR DELETE ON tool_standards
        FOR EACH ROW EXECUTE FUNCTION sli_assurance_tool_part_fixed();
      CREATE TRIGGER tr_assurance_tool_levels__fixed BEFORE INSERT OR UPDATE OR DELETE ON assurance_tool_levels
        FOR EACH ROW EXECUTE FUNCTION sli_assurance_tool_part_fixed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER tr_assurance_tool_levels__fixed ON assurance_tool_levels;
      DROP TRIGGER tr_tool_standards__fixed ON tool_standards;
      DROP FUNCTION sli_assurance_tool_part_fixed();
      DROP TRIGGER tr_assurance_tools__fixed ON assurance_tools;
      DROP FUNCTION sli_assurance_tool_fixed();
      DROP INDEX uq_assurance_tools__status_draft;
      DROP INDEX uq_assurance_tools__status_in_use;`);
  }
}
