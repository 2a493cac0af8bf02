import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_ASSURANCE_TOOLS, DEFAULT_AUDIT_DOMAINS } from './default-assurance-tools';

const TENANT_TABLES = ['assurance_tools', 'assurance_tool_levels', 'tool_standards', 'audit_domains'];

/**
 * Assurance tools as data (issue 10). A tool version (assurance_tools) has its standards
 * (tool_standards) and its rating scale (assurance_tool_levels); versions of one tool share a
 * tool_key. Every partnership gets the defaults (default-assurance-tools.ts), now and when created.
 * Case-audit domains become the partnership's own (audit_domains).
 *
 * Existing data is carried forward: the eight standards of the old enum become version 1 of each
 * partnership's section 11 tool (retired), every section 11 audit points at it and every
 * assessment at its standard by id; the text `standard` column stays as the standard's code, kept
 * in step by a trigger, so bundles naming a code (old and new) still import; an audit with no tool
 * (imported) takes the tool of its first assessment's standard.
 */
export class AssuranceTools1730000003200 implements MigrationInterface {
  name = 'AssuranceTools1730000003200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assurance_tools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_assurance_tools__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        tool_key text NOT NULL CONSTRAINT ck_assurance_tools__tool_key CHECK (tool_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CONSTRAINT ck_assurance_tools__name CHECK (length(name) BETWEEN 1 AND 300),
        kind text NOT NULL CONSTRAINT ck_assurance_tools__kind
          CHECK (kind IN ('section-11', 'schools-175-157', 'adults-self-assessment', 'case-audit')),
        version int NOT NULL CONSTRAINT ck_assurance_tools__version CHECK (version >= 1),
        published_on date,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_assurance_tools__status CHECK (status IN ('draft', 'in-use', 'retired')),
        description text,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_assurance_tools__key_version UNIQUE (partnership_id, tool_key, version),
        CONSTRAINT uq_assurance_tools__partnership_id_id UNIQUE (partnership_id, id)
      );

      CREATE TABLE assurance_tool_levels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        tool_id uuid NOT NULL,
        code text NOT NULL,
        label text NOT NULL CONSTRAINT ck_assurance_tool_levels__label CHECK (length(label) BETWEEN 1 AND 200),
        position int NOT NULL,
        met boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_assurance_tool_levels__tool_code UNIQUE (tool_id, code),
        CONSTRAINT fk_assurance_tool_levels__tool_id FOREIGN KEY (partnership_id, tool_id)
          REFERENCES assurance_tools (partnership_id, id) ON DELETE CASCADE
      );

      CREATE TABLE tool_standards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        tool_id uuid NOT NULL,
        code text NOT NULL CONSTRAINT ck_tool_standards__code CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL CONSTRAINT ck_tool_standards__title CHECK (length(title) BETWEEN 1 AND 300),
        description text,
        position int NOT NULL,
        group_name text,
        CONSTRAINT uq_tool_standards__tool_code UNIQUE (tool_id, code),
        CONSTRAINT uq_tool_standards__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_tool_standards__tool_id FOREIGN KEY (partnership_id, tool_id)
          REFERENCES assurance_tools (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_tool_standards__partnership_id_code ON tool_standards (partnership_id, code);

      CREATE TABLE audit_domains (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_audit_domains__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        code text NOT NULL CONSTRAINT ck_audit_domains__code CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CONSTRAINT ck_audit_domains__name CHECK (length(name) BETWEEN 1 AND 200),
        position int NOT NULL,
        retired boolean NOT NULL DEFAULT false,
        is_default boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_audit_domains__code UNIQUE (partnership_id, code)
      );
    `);

    const defaults = JSON.stringify({ tools: DEFAULT_ASSURANCE_TOOLS, domains: DEFAULT_AUDIT_DOMAINS });
    if (defaults.includes('$defaults$')) throw new Error('default assurance tools must not contain the dollar quote');
    await q.query(`
      CREATE FUNCTION sli_install_assurance_defaults(p uuid) RETURNS void LANGUAGE plpgsql AS $f$
      DECLARE d jsonb := $defaults$${defaults}$defaults$::jsonb;
      BEGIN
        INSERT INTO assurance_tools (partnership_id, tool_key, name, kind, version, published_on, status, description, is_default)
        SELECT p, t ->> 'toolKey', t ->> 'name', t ->> 'kind', (t ->> 'version')::int, (t ->> 'publishedOn')::date, t ->> 'status',
          t ->> 'description', true
        FROM jsonb_array_elements(d -> 'tools') t;
        INSERT INTO assurance_tool_levels (partnership_id, tool_id, code, label, position, met)
        SELECT p, a.id, l.v ->> 'code', l.v ->> 'label', l.ord, (l.v ->> 'met')::boolean
        FROM jsonb_array_elements(d -> 'tools') t
        JOIN assurance_tools a ON a.partnership_id = p AND a.tool_key = t ->> 'toolKey' AND a.version = (t ->> 'version')::int
        CROSS JOIN LATERAL jsonb_array_elements(t -> 'levels') WITH ORDINALITY l(v, ord);
        INSERT INTO tool_standards (partnership_id, tool_id, code, title, description, position, group_name)
        SELECT p, a.id, s.v ->> 'code', s.v ->> 'title', s.v ->> 'description', s.ord, s.v ->> 'group'
        FROM jsonb_array_elements(d -> 'tools') t
        JOIN assurance_tools a ON a.partnership_id = p AND a.tool_key = t ->> 'toolKey' AND a.version = (t ->> 'version')::int
        CROSS JOIN LATERAL jsonb_array_elements(t -> 'standards') WITH ORDINALITY s(v, ord);
        INSERT INTO audit_domains (partnership_id, code, name, position, retired, is_default)
        SELECT p, x.v ->> 'code', x.v ->> 'name', x.ord, coalesce((x.v ->> 'retired')::boolean, false), true
        FROM jsonb_array_elements(d -> 'domains') WITH ORDINALITY x(v, ord);
      END $f$;

      CREATE FUNCTION install_default_assurance_tools() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        PERFORM sli_install_assurance_defaults(NEW.id);
        RETURN NEW;
      END $f$;
      CREATE TRIGGER tr_partnerships__default_assurance_tools AFTER INSERT ON partnerships
        FOR EACH ROW EXECUTE FUNCTION install_default_assurance_tools();
    `);

    // Partnerships created before this migration get the defaults, and their data moves onto them.
    await q.query(`SELECT sli_install_assurance_defaults(id) FROM partnerships`);
    await q.query(`
      ALTER TABLE audits ADD COLUMN tool_id uuid;
      ALTER TABLE audits ADD CONSTRAINT fk_audits__tool_id FOREIGN KEY (partnership_id, tool_id) REFERENCES assurance_tools (partnership_id, id);
      CREATE INDEX ix_audits__tool_id ON audits (tool_id);
      UPDATE audits a SET tool_id = t.id FROM assurance_tools t
        WHERE a.type = 'section-11' AND t.partnership_id = a.partnership_id AND t.tool_key = 'section-11' AND t.version = 1;

      ALTER TABLE section11_assessments DROP CONSTRAINT ck_section11_assessments__standard;
      ALTER TABLE section11_assessments ADD COLUMN tool_standard_id uuid;
      UPDATE section11_assessments x SET tool_standard_id = s.id
        FROM tool_standards s JOIN assurance_tools t ON t.id = s.tool_id
        WHERE t.partnership_id = x.partnership_id AND t.tool_key = 'section-11' AND t.version = 1 AND s.code = x.standard;
      ALTER TABLE section11_assessments ALTER COLUMN tool_standard_id SET NOT NULL;
      ALTER TABLE section11_assessments ADD CONSTRAINT fk_section11_assessments__tool_standard_id
        FOREIGN KEY (partnership_id, tool_standard_id) REFERENCES tool_standards (partnership_id, id);
      CREATE INDEX ix_section11_assessments__tool_standard_id ON section11_assessments (tool_standard_id);

      -- The standard's code and its id stay in step. Given only a code (the exchange bundle, which
      -- does not name the audit's tool), the standard is the one of that code in the audit's tool, or,
      -- for an audit with no tool, in any of the partnership's tools: the section 11 tool first, then
      -- versions in use, then the newest (the default tools' codes are all distinct).
      CREATE FUNCTION sli_section11_standard() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF (TG_OP = 'INSERT' AND NEW.tool_standard_id IS NULL)
           OR (TG_OP = 'UPDATE' AND NEW.standard IS DISTINCT FROM OLD.standard AND NEW.tool_standard_id IS NOT DISTINCT FROM OLD.tool_standard_id) THEN
          SELECT s.id INTO NEW.tool_standard_id
          FROM tool_standards s JOIN assurance_tools t ON t.id = s.tool_id JOIN audits a ON a.id = NEW.audit_id
          WHERE s.partnership_id = NEW.partnership_id AND s.code = NEW.standard
            AND (t.id = a.tool_id OR a.tool_id IS NULL)
          ORDER BY t.tool_key = 'section-11' DESC, t.status = 'in-use' DESC, t.version DESC LIMIT 1;
          IF NEW.tool_standard_id IS NULL THEN
            RAISE EXCEPTION 'standard % is not a standard of the audit''s tool', NEW.standard USING ERRCODE = '23503';
          END IF;
        ELSE
          SELECT s.code INTO NEW.standard FROM tool_standards s WHERE s.id = NEW.tool_standard_id;
        END IF;
        -- An audit with no tool takes the tool of its first assessment's standard.
        UPDATE audits a SET tool_id = s.tool_id FROM tool_standards s
          WHERE a.id = NEW.audit_id AND a.tool_id IS NULL AND s.id = NEW.tool_standard_id;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER tr_section11_assessments__standard BEFORE INSERT OR UPDATE ON section11_assessments
        FOR EACH ROW EXECUTE FUNCTION sli_section11_standard();

      ALTER TABLE audit_case_domain_grades DROP CONSTRAINT ck_audit_case_domain_grades__domain;
      ALTER TABLE audit_case_domain_grades ADD CONSTRAINT fk_audit_case_domain_grades__domain
        FOREIGN KEY (partnership_id, domain) REFERENCES audit_domains (partnership_id, code) ON UPDATE CASCADE;
    `);

    for (const t of TENANT_TABLES) {
      await q.query(`
        ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON ${t} USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
        CREATE TRIGGER tr_${t}__audit AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO sli_app;`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_case_domain_grades DROP CONSTRAINT fk_audit_case_domain_grades__domain;
      ALTER TABLE audit_case_domain_grades ADD CONSTRAINT ck_audit_case_domain_grades__domain
        CHECK (domain IN ('recognition', 'assessment', 'planning-and-intervention', 'joint-working', 'impact'));
      DROP TRIGGER tr_section11_assessments__standard ON section11_assessments;
      DROP FUNCTION sli_section11_standard();
      ALTER TABLE section11_assessments DROP COLUMN tool_standard_id;
      ALTER TABLE section11_assessments ADD CONSTRAINT ck_section11_assessments__standard CHECK (standard IN (
        'senior-management-commitment', 'statement-of-responsibilities', 'line-of-accountability',
        'service-development', 'staff-training', 'safer-recruitment', 'inter-agency-working', 'information-sharing'));
      ALTER TABLE audits DROP COLUMN tool_id;
      DROP TRIGGER tr_partnerships__default_assurance_tools ON partnerships;
      DROP FUNCTION install_default_assurance_tools();
      DROP FUNCTION sli_install_assurance_defaults(uuid);
      DROP TABLE audit_domains; DROP TABLE tool_standards; DROP TABLE assurance_tool_levels; DROP TABLE assurance_tools;`);
  }
}
