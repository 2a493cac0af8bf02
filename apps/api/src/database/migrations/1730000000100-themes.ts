import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_THEMES } from './default-themes';

/**
 * Theme taxonomy. `theme_catalogue` is the shipped default (global reference data); every
 * partnership gets its own copy in `themes` when it is created (trigger), and may add its own.
 */
export class Themes1730000000100 implements MigrationInterface {
  name = 'Themes1730000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE theme_catalogue (
        code text PRIMARY KEY CONSTRAINT ck_theme_catalogue__code CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        theme_group text NOT NULL CONSTRAINT ck_theme_catalogue__theme_group
          CHECK (theme_group IN ('child', 'family-context', 'harm', 'practice', 'system')),
        description text NOT NULL
      );
      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_themes__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        code text NOT NULL CONSTRAINT ck_themes__code CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CONSTRAINT ck_themes__name CHECK (length(name) BETWEEN 1 AND 200),
        theme_group text NOT NULL CONSTRAINT ck_themes__theme_group
          CHECK (theme_group IN ('child', 'family-context', 'harm', 'practice', 'system')),
        description text,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_themes__code UNIQUE (partnership_id, code),
        CONSTRAINT uq_themes__partnership_id_id UNIQUE (partnership_id, id)
      );
      CREATE FUNCTION install_default_themes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO themes (partnership_id, code, name, theme_group, description, is_default)
        SELECT NEW.id, c.code, c.name, c.theme_group, c.description, true FROM theme_catalogue c;
        RETURN NEW;
      END $$;
      CREATE TRIGGER tr_partnerships__default_themes AFTER INSERT ON partnerships
        FOR EACH ROW EXECUTE FUNCTION install_default_themes();
    `);
    for (const t of DEFAULT_THEMES) {
      await q.query(`INSERT INTO theme_catalogue (code, name, theme_group, description) VALUES ($1, $2, $3, $4)`, [
        t.code,
        t.name,
        t.group,
        t.description,
      ]);
    }
    // Partnerships created before this migration get the defaults too.
    await q.query(`
      INSERT INTO themes (partnership_id, code, name, theme_group, description, is_default)
      SELECT p.id, c.code, c.name, c.theme_group, c.description, true FROM partnerships p CROSS JOIN theme_catalogue c`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER tr_partnerships__default_themes ON partnerships;
      DROP FUNCTION install_default_themes();
      DROP TABLE themes;
      DROP TABLE theme_catalogue;`);
  }
}
