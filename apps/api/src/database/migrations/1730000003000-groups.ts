import { MigrationInterface, QueryRunner } from 'typeorm';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The migration's data step, exported so a test can run it on rows the previous release left: each
 * distinct monitoring committee name of a partnership (ignoring case and surrounding spaces) becomes a
 * group of kind subgroup (joining a group of that name if one exists), and its actions point at it.
 * The first spelling, in sort order, names the group; every action then carries that spelling.
 */
export async function carryCommitteesForward(q: Queryable): Promise<void> {
  await q.query(`
    INSERT INTO groups (partnership_id, name, kind)
    SELECT DISTINCT ON (partnership_id, lower(btrim(monitoring_committee))) partnership_id, btrim(monitoring_committee), 'subgroup'
      FROM actions
     WHERE group_id IS NULL AND btrim(monitoring_committee) <> ''
     ORDER BY partnership_id, lower(btrim(monitoring_committee)), btrim(monitoring_committee) COLLATE "C"
    ON CONFLICT DO NOTHING;
    UPDATE actions a SET group_id = g.id, monitoring_committee = g.name
      FROM groups g
     WHERE a.group_id IS NULL AND g.partnership_id = a.partnership_id AND lower(g.name) = lower(btrim(a.monitoring_committee));
    UPDATE actions SET monitoring_committee = NULL WHERE group_id IS NULL AND monitoring_committee IS NOT NULL;
  `);
}

/**
 * Groups and meetings (issues 10 and 13): a partnership's board, executive, subgroups and forums, with
 * members (a user, or a name and agency for someone without an account) whose role runs from one date
 * to another, so a rotating chair is history; each group's meetings, with minutes and decisions; and an
 * action's sign-off may name the meeting it was given at.
 *
 * An action belongs to a group (`group_id`). `monitoring_committee` stays, as the group's name kept by
 * the database: every reader, export and analyst query that reads the name goes on working, and every
 * writer that gives a name (the bundle and spreadsheet importers, createAction) finds the partnership's
 * group of that name, or creates it, in its own transaction. Renaming a group renames its actions'.
 */
export class Groups1730000003000 implements MigrationInterface {
  name = 'Groups1730000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_groups__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT ck_groups__name CHECK (length(name) BETWEEN 1 AND 200 AND name = btrim(name)),
        kind text NOT NULL CONSTRAINT ck_groups__kind CHECK (kind IN ('board', 'executive', 'subgroup', 'forum')),
        purpose text CONSTRAINT ck_groups__purpose CHECK (length(purpose) BETWEEN 1 AND 4000),
        cadence_weeks int CONSTRAINT ck_groups__cadence_weeks CHECK (cadence_weeks BETWEEN 1 AND 52),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_groups__partnership_id_id UNIQUE (partnership_id, id)
      );
      CREATE UNIQUE INDEX uq_groups__name ON groups (partnership_id, lower(name));

      CREATE TABLE group_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        group_id uuid NOT NULL,
        user_id uuid CONSTRAINT fk_group_members__user_id REFERENCES users (id) ON DELETE CASCADE,
        name text CONSTRAINT ck_group_members__name CHECK (length(name) BETWEEN 1 AND 200),
        agency_id uuid,
        role text NOT NULL CONSTRAINT ck_group_members__role CHECK (role IN ('chair', 'vice-chair', 'member')),
        from_on date NOT NULL,
        to_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_group_members__group_id FOREIGN KEY (partnership_id, group_id) REFERENCES groups (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_group_members__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id),
        -- A user of the partnership, or a named person (with their agency) who has no account.
        CONSTRAINT ck_group_members__who CHECK (num_nonnulls(user_id, name) = 1 AND (name IS NULL OR agency_id IS NOT NULL)),
        CONSTRAINT ck_group_members__to_on CHECK (to_on IS NULL OR to_on >= from_on)
      );
      CREATE INDEX ix_group_members__group_id ON group_members (group_id, from_on);
      CREATE INDEX ix_group_members__agency_id ON group_members (agency_id) WHERE agency_id IS NOT NULL;
      CREATE INDEX ix_group_members__user_id ON group_members (user_id) WHERE user_id IS NOT NULL;

      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        group_id uuid NOT NULL,
        meets_on date NOT NULL,
        status text NOT NULL DEFAULT 'planned' CONSTRAINT ck_meetings__status CHECK (status IN ('planned', 'held')),
        minutes text CONSTRAINT ck_meetings__minutes CHECK (length(minutes) BETWEEN 1 AND 20000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_meetings__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT uq_meetings__meets_on UNIQUE (group_id, meets_on),
        CONSTRAINT fk_meetings__group_id FOREIGN KEY (partnership_id, group_id) REFERENCES groups (partnership_id, id) ON DELETE CASCADE
      );

      CREATE TABLE meeting_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        text text NOT NULL CONSTRAINT ck_meeting_decisions__text CHECK (length(text) BETWEEN 1 AND 4000),
        action_id uuid,
        -- The statement's time, not the transaction's: decisions recorded together keep their order.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT fk_meeting_decisions__meeting_id FOREIGN KEY (partnership_id, meeting_id) REFERENCES meetings (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_meeting_decisions__action_id FOREIGN KEY (partnership_id, action_id) REFERENCES actions (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_meeting_decisions__meeting_id ON meeting_decisions (meeting_id, created_at);
      CREATE INDEX ix_meeting_decisions__action_id ON meeting_decisions (action_id) WHERE action_id IS NOT NULL;

      ALTER TABLE actions ADD COLUMN group_id uuid,
        ADD CONSTRAINT fk_actions__group_id FOREIGN KEY (partnership_id, group_id) REFERENCES groups (partnership_id, id),
        ADD COLUMN signed_off_meeting_id uuid
          CONSTRAINT fk_actions__signed_off_meeting_id REFERENCES meetings (id) ON DELETE SET NULL,
        ADD CONSTRAINT ck_actions__signed_off_meeting_id CHECK (signed_off_meeting_id IS NULL OR signed_off_on IS NOT NULL);
      CREATE INDEX ix_actions__group_id ON actions (group_id) WHERE group_id IS NOT NULL;
    `);

    await carryCommitteesForward(q);

    await q.query(`
      -- The action's group and its committee name agree: a group given sets the name; a name given
      -- (without a group) finds the partnership's group of that name, ignoring case, or creates it.
      CREATE FUNCTION sli_action_group() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE wanted text := nullif(btrim(NEW.monitoring_committee), '');
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.group_id IS NOT NULL
           OR TG_OP = 'UPDATE' AND NEW.group_id IS DISTINCT FROM OLD.group_id THEN
          NEW.monitoring_committee := (SELECT name FROM groups WHERE id = NEW.group_id);
        ELSIF TG_OP = 'INSERT' OR NEW.monitoring_committee IS DISTINCT FROM OLD.monitoring_committee THEN
          IF wanted IS NULL THEN
            NEW.group_id := NULL;
          ELSE
            INSERT INTO groups (partnership_id, name, kind) VALUES (NEW.partnership_id, wanted, 'subgroup') ON CONFLICT DO NOTHING;
            SELECT id, name INTO NEW.group_id, NEW.monitoring_committee
              FROM groups WHERE partnership_id = NEW.partnership_id AND lower(name) = lower(wanted);
          END IF;
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER tr_actions__group BEFORE INSERT OR UPDATE OF group_id, monitoring_committee ON actions
        FOR EACH ROW EXECUTE FUNCTION sli_action_group();

      CREATE FUNCTION sli_group_renamed() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        UPDATE actions SET monitoring_committee = NEW.name WHERE group_id = NEW.id AND monitoring_committee IS DISTINCT FROM NEW.name;
        RETURN NULL;
      END $f$;
      CREATE TRIGGER tr_groups__renamed AFTER UPDATE OF name ON groups FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION sli_group_renamed();

      ALTER TABLE groups ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON groups USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_groups__audit AFTER INSERT OR UPDATE OR DELETE ON groups FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      ALTER TABLE group_members ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON group_members USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_group_members__audit AFTER INSERT OR UPDATE OR DELETE ON group_members FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON meetings USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_meetings__audit AFTER INSERT OR UPDATE OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      ALTER TABLE meeting_decisions ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON meeting_decisions USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_meeting_decisions__audit AFTER INSERT OR UPDATE OR DELETE ON meeting_decisions FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      GRANT SELECT, INSERT, UPDATE, DELETE ON groups, group_members, meetings, meeting_decisions TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER tr_actions__group ON actions;
      DROP FUNCTION sli_action_group();
      ALTER TABLE actions DROP COLUMN signed_off_meeting_id, DROP COLUMN group_id;
      DROP TABLE meeting_decisions; DROP TABLE meetings; DROP TABLE group_members; DROP TABLE groups;
      DROP FUNCTION sli_group_renamed();
    `);
  }
}
