import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in (users, memberships, sessions, tokens), the application role the API works as, row-level
 * security on every tenant table, and an append-only change history written by triggers.
 */
export class IdentityAndHistory1730000001100 implements MigrationInterface {
  name = 'IdentityAndHistory1730000001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sli_app') THEN
          CREATE ROLE sli_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
        -- The API connects as the tables' owner and switches to sli_app for every statement it runs.
        IF NOT pg_has_role(current_user, 'sli_app', 'MEMBER') THEN
          EXECUTE format('GRANT sli_app TO %I', current_user);
        END IF;
      END $$;

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT ck_users__email CHECK (email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$' AND length(email) <= 254),
        name text NOT NULL CONSTRAINT ck_users__name CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CONSTRAINT ck_users__role CHECK (role IN (
          'admin', 'agency-lead', 'committee-member', 'board-member', 'analyst', 'national-analyst', 'system-admin')),
        password_hash text,
        oidc_issuer text,
        oidc_subject text,
        disabled boolean NOT NULL DEFAULT false,
        failed_sign_ins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_users__email UNIQUE (email),
        CONSTRAINT uq_users__oidc_subject UNIQUE (oidc_issuer, oidc_subject)
      );
      CREATE TABLE user_partnerships (
        user_id uuid NOT NULL CONSTRAINT fk_user_partnerships__user_id REFERENCES users (id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL CONSTRAINT fk_user_partnerships__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        agency_id uuid,
        PRIMARY KEY (user_id, partnership_id),
        CONSTRAINT fk_user_partnerships__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );
      CREATE INDEX ix_user_partnerships__partnership_id ON user_partnerships (partnership_id);
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL CONSTRAINT uq_sessions__token_hash UNIQUE,
        user_id uuid NOT NULL CONSTRAINT fk_sessions__user_id REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        method text NOT NULL CONSTRAINT ck_sessions__method CHECK (method IN ('password', 'oidc'))
      );
      CREATE INDEX ix_sessions__user_id ON sessions (user_id);
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_api_tokens__user_id REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT ck_api_tokens__name CHECK (length(name) BETWEEN 1 AND 100),
        prefix text NOT NULL,
        token_hash bytea NOT NULL CONSTRAINT uq_api_tokens__token_hash UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX ix_api_tokens__user_id ON api_tokens (user_id);

      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        partnership_id uuid,
        actor_id uuid,
        actor text NOT NULL,
        request_id text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb
      );
      CREATE INDEX ix_audit_events__partnership_id_occurred_at ON audit_events (partnership_id, occurred_at DESC);
      CREATE INDEX ix_audit_events__entity_entity_id ON audit_events (entity, entity_id);

      -- What the API tells each connection (db-scope.ts): every partnership, or a list of them.
      CREATE FUNCTION sli_all_partnerships() RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT coalesce(current_setting('sli.all_partnerships', true), 'off') = 'on' $f$;
      CREATE FUNCTION sli_partnership_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
        $f$ SELECT coalesce(nullif(current_setting('sli.partnership_ids', true), ''), '{}')::uuid[] $f$;

      -- One history row per changed row, in the same transaction, as the owner (the API cannot write the table).
      CREATE FUNCTION sli_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
      DECLARE
        b jsonb;
        a jsonb;
        r jsonb;
        -- Bookkeeping columns that are not part of the record's story.
        quiet text[] := ARRAY['updated_at', 'password_hash', 'failed_sign_ins', 'locked_until', 'last_sign_in_at'];
      BEGIN
        IF TG_OP <> 'INSERT' THEN b := to_jsonb(OLD) - quiet; END IF;
        IF TG_OP <> 'DELETE' THEN a := to_jsonb(NEW) - quiet; END IF;
        IF TG_OP = 'UPDATE' AND a = b THEN RETURN NULL; END IF;
        r := coalesce(a, b);
        INSERT INTO audit_events (partnership_id, actor_id, actor, request_id, action, entity, entity_id, before, after)
        VALUES (
          CASE TG_TABLE_NAME
            WHEN 'partnerships' THEN (r ->> 'id')::uuid
            -- A user's changes are filed under their (first) partnership, for its admins to see.
            WHEN 'users' THEN (SELECT up.partnership_id FROM user_partnerships up WHERE up.user_id = (r ->> 'id')::uuid ORDER BY up.partnership_id LIMIT 1)
            ELSE (r ->> 'partnership_id')::uuid
          END,
          nullif(current_setting('sli.actor_id', true), '')::uuid,
          coalesce(nullif(current_setting('sli.actor', true), ''), session_user),
          nullif(current_setting('sli.request_id', true), ''),
          lower(TG_OP), TG_TABLE_NAME, coalesce(r ->> 'id', r ->> 'user_id'), b, a);
        RETURN NULL;
      END $f$;

      -- Sign-ins, exports and exact-figure reports: events with no row of their own.
      CREATE FUNCTION sli_record_event(p_action text, p_entity text, p_entity_id text, p_partnership_id uuid,
                                       p_actor_id uuid, p_actor text, p_detail jsonb)
        RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
        INSERT INTO audit_events (partnership_id, actor_id, actor, request_id, action, entity, entity_id, after)
        VALUES (p_partnership_id, p_actor_id, p_actor, nullif(current_setting('sli.request_id', true), ''),
                p_action, p_entity, p_entity_id, p_detail)
      $f$;
      REVOKE ALL ON FUNCTION sli_record_event(text, text, text, uuid, uuid, text, jsonb) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION sli_record_event(text, text, text, uuid, uuid, text, jsonb) TO sli_app;
      REVOKE ALL ON FUNCTION sli_audit_row() FROM PUBLIC;
    `);

    await q.query(`
      DO $$
      DECLARE t text;
      BEGIN
        -- Row-level security on every tenant table: the connection sees its partnerships' rows only.
        FOR t IN
          SELECT c.table_name FROM information_schema.columns c
          JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
          WHERE c.table_schema = 'public' AND c.column_name = 'partnership_id' AND tb.table_type = 'BASE TABLE'
            AND c.table_name NOT IN ('user_partnerships', 'audit_events') -- access, not records; the history has its own read-only policy
        LOOP
          EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
          EXECUTE format('CREATE POLICY tenant ON %I USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()))', t);
          EXECUTE format('CREATE TRIGGER tr_%s__audit AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION sli_audit_row()', t, t);
        END LOOP;
      END $$;
      ALTER TABLE partnerships ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON partnerships USING (sli_all_partnerships() OR id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_partnerships__audit AFTER INSERT OR UPDATE OR DELETE ON partnerships FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      CREATE TRIGGER tr_users__audit AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      CREATE TRIGGER tr_user_partnerships__audit AFTER INSERT OR UPDATE OR DELETE ON user_partnerships FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      CREATE TRIGGER tr_bank_holidays__audit AFTER INSERT OR UPDATE OR DELETE ON bank_holidays FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON audit_events FOR SELECT USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));

      -- What the application role may do: records yes; history only read; status history only added to.
      GRANT USAGE ON SCHEMA public TO sli_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sli_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO sli_app;
      REVOKE ALL ON migrations FROM sli_app;
      REVOKE INSERT, UPDATE, DELETE ON audit_events FROM sli_app;
      REVOKE UPDATE, DELETE ON action_updates FROM sli_app;
      -- Status changes serialise on the action's row lock; stamping each when it is written (not when its
      -- transaction began) keeps the history's order the order they were applied in.
      ALTER TABLE action_updates ALTER COLUMN changed_at SET DEFAULT clock_timestamp();
      REVOKE INSERT, UPDATE, DELETE ON theme_catalogue FROM sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE t text;
      BEGIN
        FOR t IN SELECT tablename FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant' LOOP
          EXECUTE format('DROP POLICY tenant ON %I', t);
          EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t);
        END LOOP;
        FOR t IN SELECT event_object_table FROM information_schema.triggers WHERE trigger_name LIKE 'tr\\_%\\_\\_audit' LOOP
          EXECUTE format('DROP TRIGGER tr_%s__audit ON %I', t, t);
        END LOOP;
      END $$;
      DROP FUNCTION sli_record_event(text, text, text, uuid, uuid, text, jsonb);
      DROP FUNCTION sli_audit_row();
      DROP TABLE audit_events, api_tokens, sessions, user_partnerships, users;
      DROP FUNCTION sli_partnership_ids();
      DROP FUNCTION sli_all_partnerships();
    `);
  }
}
