import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The thematic review: one review of several cases that share a theme (Working Together 2023 lets a
 * partnership hold one instead of separate reviews; adults boards and community safety partnerships do
 * the same). Adds 'thematic' to the review types a row may hold.
 */
export class ThematicReviews1730000003300 implements MigrationInterface {
  name = 'ThematicReviews1730000003300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reviews DROP CONSTRAINT ck_reviews__type;
      ALTER TABLE reviews ADD CONSTRAINT ck_reviews__type CHECK (type IN (
        'rapid-review', 'lcspr', 'national-cspr', 'scr', 'plr', 'sar', 'dhr', 'appreciative-inquiry',
        'single-agency', 'critical-incident', 'practice-learning-set', 'child-death', 'thematic'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reviews DROP CONSTRAINT ck_reviews__type;
      ALTER TABLE reviews ADD CONSTRAINT ck_reviews__type CHECK (type IN (
        'rapid-review', 'lcspr', 'national-cspr', 'scr', 'plr', 'sar', 'dhr', 'appreciative-inquiry',
        'single-agency', 'critical-incident', 'practice-learning-set', 'child-death'));
    `);
  }
}
