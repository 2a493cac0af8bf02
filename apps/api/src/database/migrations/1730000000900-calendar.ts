import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '@sli/calendar-domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The England & Wales bank-holiday calendar: national reference data shared by every partnership. */
export class Calendar1730000000900 implements MigrationInterface {
  name = 'Calendar1730000000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bank_holidays (
        holiday_date date PRIMARY KEY,
        name text NOT NULL CONSTRAINT ck_bank_holidays__name CHECK (length(name) BETWEEN 1 AND 200),
        source text NOT NULL DEFAULT 'official' CONSTRAINT ck_bank_holidays__source CHECK (source IN ('official', 'admin')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    for (const h of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      await q.query(`INSERT INTO bank_holidays (holiday_date, name) VALUES ($1, $2)`, [h.date, h.name]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bank_holidays;`);
  }
}
