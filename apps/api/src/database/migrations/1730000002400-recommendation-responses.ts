import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The response to a recommendation (Working Together 2023; Care Act statutory guidance 14.170: a
 * safeguarding adults board reports which it accepted and why not): accepted, accepted in part or not
 * accepted, with the reasons for the last two and the day it was decided.
 */
export class RecommendationResponses1730000002400 implements MigrationInterface {
  name = 'RecommendationResponses1730000002400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE recommendations
        ADD COLUMN response text CONSTRAINT ck_recommendations__response CHECK (response IN ('accepted', 'accepted-in-part', 'not-accepted')),
        ADD COLUMN response_reasons text CONSTRAINT ck_recommendations__response_reasons CHECK (length(response_reasons) BETWEEN 1 AND 4000),
        ADD COLUMN responded_on date,
        ADD CONSTRAINT ck_recommendations__response_dated CHECK ((response IS NULL) = (responded_on IS NULL)),
        ADD CONSTRAINT ck_recommendations__response_reasoned CHECK (response IS NULL OR response = 'accepted' OR response_reasons IS NOT NULL);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE recommendations DROP COLUMN response, DROP COLUMN response_reasons, DROP COLUMN responded_on`);
  }
}
