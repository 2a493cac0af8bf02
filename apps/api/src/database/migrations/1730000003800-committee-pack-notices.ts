import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committee pack sent is also a notice in the product (issue 13): each member sent the pack finds it
 * in the notification centre, linking to the meeting's pack page. Such a notice is about a meeting, so
 * a notice is now about exactly one action, information request, audit return (migration 3600) or meeting;
 * it goes with its meeting.
 */
export class CommitteePackNotices1730000003800 implements MigrationInterface {
  name = 'CommitteePackNotices1730000003800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notices
        ADD COLUMN meeting_id uuid,
        ADD CONSTRAINT fk_notices__meeting_id FOREIGN KEY (partnership_id, meeting_id) REFERENCES meetings (partnership_id, id) ON DELETE CASCADE,
        DROP CONSTRAINT ck_notices__kind,
        ADD CONSTRAINT ck_notices__kind CHECK (kind IN ('due-soon', 'overdue', 'still-overdue', 'committee-pack')),
        DROP CONSTRAINT ck_notices__about_one,
        ADD CONSTRAINT ck_notices__about_one CHECK (num_nonnulls(action_id, information_request_id, audit_agency_return_id, meeting_id) = 1);
      CREATE INDEX ix_notices__meeting_id ON notices (meeting_id) WHERE meeting_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notices WHERE meeting_id IS NOT NULL;
      ALTER TABLE notices
        DROP CONSTRAINT ck_notices__about_one,
        ADD CONSTRAINT ck_notices__about_one CHECK (num_nonnulls(action_id, information_request_id, audit_agency_return_id) = 1),
        DROP CONSTRAINT ck_notices__kind,
        ADD CONSTRAINT ck_notices__kind CHECK (kind IN ('due-soon', 'overdue', 'still-overdue')),
        DROP COLUMN meeting_id;
    `);
  }
}
