import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The OBA hierarchy of Results-Based Accountability: a result (a condition of well-being of a
 * population) has indicators (population-level measures) and strategies (what partners do to turn
 * the curve); a strategy has partner agencies, actions of the action plan, and performance measures.
 * A measure is an indicator of a result or a performance measure of a strategy (its result is the
 * strategy's), or not yet placed. Every reference stays inside one partnership (composite keys).
 */
export class ObaResults1730000001400 implements MigrationInterface {
  name = 'ObaResults1730000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE oba_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_oba_results__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        title text NOT NULL CONSTRAINT ck_oba_results__title CHECK (length(btrim(title)) >= 1 AND length(title) <= 300),
        population text CONSTRAINT ck_oba_results__population CHECK (length(population) BETWEEN 1 AND 300),
        description text CONSTRAINT ck_oba_results__description CHECK (length(description) BETWEEN 1 AND 4000),
        position int NOT NULL DEFAULT 0 CONSTRAINT ck_oba_results__position CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_oba_results__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_oba_results__partnership_id_id UNIQUE (partnership_id, id)
      );

      CREATE TABLE oba_strategies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_oba_strategies__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        result_id uuid NOT NULL,
        ref text NOT NULL,
        title text NOT NULL CONSTRAINT ck_oba_strategies__title CHECK (length(btrim(title)) >= 1 AND length(title) <= 300),
        description text CONSTRAINT ck_oba_strategies__description CHECK (length(description) BETWEEN 1 AND 4000),
        position int NOT NULL DEFAULT 0 CONSTRAINT ck_oba_strategies__position CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_oba_strategies__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_oba_strategies__partnership_id_id UNIQUE (partnership_id, id),
        -- A result with strategies is not deleted by accident: move or delete its strategies first.
        CONSTRAINT fk_oba_strategies__result_id FOREIGN KEY (partnership_id, result_id) REFERENCES oba_results (partnership_id, id)
      );
      CREATE INDEX ix_oba_strategies__result_id ON oba_strategies (result_id);

      CREATE TABLE oba_strategy_partners (
        partnership_id uuid NOT NULL,
        strategy_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        PRIMARY KEY (strategy_id, agency_id),
        CONSTRAINT fk_oba_strategy_partners__strategy_id FOREIGN KEY (partnership_id, strategy_id) REFERENCES oba_strategies (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_oba_strategy_partners__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );
      CREATE INDEX ix_oba_strategy_partners__agency_id ON oba_strategy_partners (agency_id);

      CREATE TABLE oba_strategy_actions (
        partnership_id uuid NOT NULL,
        strategy_id uuid NOT NULL,
        action_id uuid NOT NULL,
        PRIMARY KEY (strategy_id, action_id),
        CONSTRAINT fk_oba_strategy_actions__strategy_id FOREIGN KEY (partnership_id, strategy_id) REFERENCES oba_strategies (partnership_id, id) ON DELETE CASCADE,
        -- An action deleted with its review or audit leaves the strategies it served.
        CONSTRAINT fk_oba_strategy_actions__action_id FOREIGN KEY (partnership_id, action_id) REFERENCES actions (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_oba_strategy_actions__action_id ON oba_strategy_actions (action_id);

      ALTER TABLE measures
        ADD COLUMN kind text NOT NULL DEFAULT 'performance-measure'
          CONSTRAINT ck_measures__kind CHECK (kind IN ('indicator', 'performance-measure')),
        ADD COLUMN result_id uuid,
        ADD COLUMN strategy_id uuid,
        -- Deleting a result or strategy leaves its measures in place, no longer linked.
        ADD CONSTRAINT fk_measures__result_id FOREIGN KEY (partnership_id, result_id)
          REFERENCES oba_results (partnership_id, id) ON DELETE SET NULL (result_id),
        ADD CONSTRAINT fk_measures__strategy_id FOREIGN KEY (partnership_id, strategy_id)
          REFERENCES oba_strategies (partnership_id, id) ON DELETE SET NULL (strategy_id),
        -- An indicator measures a result's population, never a strategy's work.
        ADD CONSTRAINT ck_measures__strategy_id CHECK (kind = 'performance-measure' OR strategy_id IS NULL),
        -- A performance measure belongs to a strategy and reaches its result through it.
        ADD CONSTRAINT ck_measures__result_id CHECK (kind = 'indicator' OR result_id IS NULL);
      CREATE INDEX ix_measures__result_id ON measures (result_id);
      CREATE INDEX ix_measures__strategy_id ON measures (strategy_id);
    `);

    for (const table of ['oba_results', 'oba_strategies', 'oba_strategy_partners', 'oba_strategy_actions']) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON ${table} USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
        CREATE TRIGGER tr_${table}__audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO sli_app;
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE measures DROP CONSTRAINT ck_measures__result_id, DROP CONSTRAINT ck_measures__strategy_id,
        DROP CONSTRAINT fk_measures__strategy_id, DROP CONSTRAINT fk_measures__result_id,
        DROP COLUMN strategy_id, DROP COLUMN result_id, DROP COLUMN kind;
      DROP TABLE oba_strategy_actions; DROP TABLE oba_strategy_partners; DROP TABLE oba_strategies; DROP TABLE oba_results;
    `);
  }
}
