import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partnerships (the tenant) and their agencies. */
export class Partnerships1730000000000 implements MigrationInterface {
  name = 'Partnerships1730000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partnerships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ref text NOT NULL CONSTRAINT uq_partnerships__ref UNIQUE,
        name text NOT NULL CONSTRAINT ck_partnerships__name CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CONSTRAINT ck_partnerships__kind CHECK (kind IN ('children', 'adults', 'community-safety', 'joint')),
        region text,
        suppression_threshold int NOT NULL DEFAULT 5
          CONSTRAINT ck_partnerships__suppression_threshold CHECK (suppression_threshold BETWEEN 0 AND 20),
        follow_up_weeks int NOT NULL DEFAULT 8 CONSTRAINT ck_partnerships__follow_up_weeks CHECK (follow_up_weeks BETWEEN 1 AND 52),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_agencies__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        name text NOT NULL CONSTRAINT ck_agencies__name CHECK (length(name) BETWEEN 1 AND 200),
        sector text NOT NULL CONSTRAINT ck_agencies__sector CHECK (sector IN (
          'police', 'health', 'childrens-social-care', 'adult-social-care', 'education', 'probation',
          'youth-justice', 'housing', 'ambulance', 'voluntary-community', 'other')),
        is_core_member boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_agencies__ref UNIQUE (partnership_id, ref),
        -- Lets child tables prove, by composite foreign key, that an agency is in their partnership.
        CONSTRAINT uq_agencies__partnership_id_id UNIQUE (partnership_id, id)
      );
      CREATE INDEX ix_agencies__partnership_id_sector ON agencies (partnership_id, sector);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agencies; DROP TABLE partnerships;`);
  }
}
