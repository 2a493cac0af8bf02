import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification and review registers are kinds of spreadsheet too: their column mappings are kept like the others'. */
export class RegisterSheetKinds1730000002100 implements MigrationInterface {
  name = 'RegisterSheetKinds1730000002100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE spreadsheet_mappings DROP CONSTRAINT ck_spreadsheet_mappings__kind;
      ALTER TABLE spreadsheet_mappings ADD CONSTRAINT ck_spreadsheet_mappings__kind
        CHECK (kind IN ('action-plan', 'measure-values', 'notifications', 'reviews'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM spreadsheet_mappings WHERE kind IN ('notifications', 'reviews');
      ALTER TABLE spreadsheet_mappings DROP CONSTRAINT ck_spreadsheet_mappings__kind;
      ALTER TABLE spreadsheet_mappings ADD CONSTRAINT ck_spreadsheet_mappings__kind CHECK (kind IN ('action-plan', 'measure-values'));
    `);
  }
}
