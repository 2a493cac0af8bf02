import { MigrationInterface, QueryRunner } from 'typeorm';

/** The training register is a kind of spreadsheet too: its column mapping is kept like the others'. */
export class TrainingRegisterSheetKind1730000002500 implements MigrationInterface {
  name = 'TrainingRegisterSheetKind1730000002500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE spreadsheet_mappings DROP CONSTRAINT ck_spreadsheet_mappings__kind;
      ALTER TABLE spreadsheet_mappings ADD CONSTRAINT ck_spreadsheet_mappings__kind
        CHECK (kind IN ('action-plan', 'measure-values', 'notifications', 'reviews', 'training-register'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM spreadsheet_mappings WHERE kind = 'training-register';
      ALTER TABLE spreadsheet_mappings DROP CONSTRAINT ck_spreadsheet_mappings__kind;
      ALTER TABLE spreadsheet_mappings ADD CONSTRAINT ck_spreadsheet_mappings__kind
        CHECK (kind IN ('action-plan', 'measure-values', 'notifications', 'reviews'));
    `);
  }
}
