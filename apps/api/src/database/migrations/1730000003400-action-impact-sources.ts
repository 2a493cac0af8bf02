import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The impact loop: an action can name the audit round or the OBA measure that will show whether it
 * made a difference, so the action's page shows that evidence when it arrives. Both of the action's
 * own partnership; an audit named so cannot be deleted while the action names it.
 */
export class ActionImpactSources1730000003400 implements MigrationInterface {
  name = 'ActionImpactSources1730000003400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE actions
        ADD COLUMN impact_audit_id uuid,
        ADD COLUMN impact_measure_id uuid,
        ADD CONSTRAINT fk_actions__impact_audit_id FOREIGN KEY (partnership_id, impact_audit_id) REFERENCES audits (partnership_id, id),
        ADD CONSTRAINT fk_actions__impact_measure_id FOREIGN KEY (partnership_id, impact_measure_id) REFERENCES measures (partnership_id, id);
      CREATE INDEX ix_actions__impact_audit_id ON actions (impact_audit_id);
      CREATE INDEX ix_actions__impact_measure_id ON actions (impact_measure_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE actions DROP COLUMN impact_audit_id, DROP COLUMN impact_measure_id`);
  }
}
