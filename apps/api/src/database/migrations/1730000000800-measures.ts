import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OBA measures: each answers one of the three questions, has a polarity, a unit, optional
 * target and baseline, values per period (entered/imported, or computed from a built-in metric)
 * and the "story behind the curve" notes. A measure may belong to one agency (rolls up).
 */
export class Measures1730000000800 implements MigrationInterface {
  name = 'Measures1730000000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE measures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_measures__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        name text NOT NULL CONSTRAINT ck_measures__name CHECK (length(name) BETWEEN 1 AND 300),
        description text,
        quadrant text NOT NULL CONSTRAINT ck_measures__quadrant CHECK (quadrant IN ('how-much', 'how-well', 'better-off')),
        polarity text NOT NULL CONSTRAINT ck_measures__polarity CHECK (polarity IN ('higher-is-better', 'lower-is-better')),
        unit text NOT NULL CONSTRAINT ck_measures__unit CHECK (unit IN ('count', 'percent', 'days', 'rate-per-10000', 'score', 'ratio')),
        periodicity text NOT NULL CONSTRAINT ck_measures__periodicity CHECK (periodicity IN ('month', 'quarter', 'year')),
        source text NOT NULL CONSTRAINT ck_measures__source CHECK (source IN ('entered', 'computed')),
        metric text,
        headline boolean NOT NULL DEFAULT false,
        target numeric,
        baseline numeric,
        baseline_period_start date,
        agency_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_measures__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_measures__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_measures__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id),
        CONSTRAINT ck_measures__metric CHECK ((source = 'computed') = (metric IS NOT NULL))
      );

      CREATE TABLE measure_values (
        partnership_id uuid NOT NULL,
        measure_id uuid NOT NULL,
        period_start date NOT NULL,
        value numeric NOT NULL,
        PRIMARY KEY (measure_id, period_start),
        CONSTRAINT fk_measure_values__measure_id FOREIGN KEY (partnership_id, measure_id) REFERENCES measures (partnership_id, id) ON DELETE CASCADE
      );

      CREATE TABLE measure_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        measure_id uuid NOT NULL,
        period_start date,
        written_on date NOT NULL,
        author text,
        text text NOT NULL CONSTRAINT ck_measure_notes__text CHECK (length(text) BETWEEN 1 AND 4000),
        CONSTRAINT fk_measure_notes__measure_id FOREIGN KEY (partnership_id, measure_id) REFERENCES measures (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT uq_measure_notes__measure_id_written_on_text UNIQUE (measure_id, written_on, text)
      );
      CREATE INDEX ix_measure_notes__measure_id ON measure_notes (measure_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE measure_notes; DROP TABLE measure_values; DROP TABLE measures;`);
  }
}
