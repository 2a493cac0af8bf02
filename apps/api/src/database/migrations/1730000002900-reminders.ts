import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders (issue 13): in-product notices to a user, one per reminder of an action or an information request, and an outbox of email messages
 * so every message is recorded, retried on failure and never sent twice. Each user chooses how reminders
 * reach them by email: each as it comes, one daily digest, or none (the notices stay in the product).
 */
export class Reminders1730000002900 implements MigrationInterface {
  name = 'Reminders1730000002900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN reminder_email text NOT NULL DEFAULT 'each'
        CONSTRAINT ck_users__reminder_email CHECK (reminder_email IN ('each', 'daily-digest', 'none'));

      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_outbox_messages__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_outbox_messages__user_id REFERENCES users (id) ON DELETE CASCADE,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        -- What the message is, once: a notice's own email, or a user's digest of one day.
        dedupe_key text NOT NULL CONSTRAINT uq_outbox_messages__dedupe_key UNIQUE,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT ck_outbox_messages__status CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        claimed_until timestamptz,
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_outbox_messages__sent CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      );
      CREATE INDEX ix_outbox_messages__due ON outbox_messages (next_attempt_at) WHERE status IN ('pending', 'sending');

      CREATE TABLE notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_notices__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_notices__user_id REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_notices__kind CHECK (kind IN ('due-soon', 'overdue', 'still-overdue')),
        action_id uuid CONSTRAINT fk_notices__action_id REFERENCES actions (id) ON DELETE CASCADE,
        information_request_id uuid CONSTRAINT fk_notices__information_request_id REFERENCES information_requests (id) ON DELETE CASCADE,
        -- The reminder, once per user: e.g. action:<id>:overdue:2027-01-15:week-2, request:<id>:due-soon:2027-01-15.
        dedupe_key text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text NOT NULL,
        created_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz,
        email_id uuid CONSTRAINT fk_notices__email_id REFERENCES outbox_messages (id) ON DELETE SET NULL,
        CONSTRAINT uq_notices__user_id_dedupe_key UNIQUE (user_id, dedupe_key),
        CONSTRAINT ck_notices__about_one CHECK ((action_id IS NULL) <> (information_request_id IS NULL))
      );
      CREATE INDEX ix_notices__user_id_created_at ON notices (user_id, created_at DESC);

      ALTER TABLE outbox_messages ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON outbox_messages USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      ALTER TABLE notices ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON notices USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      GRANT SELECT, INSERT, UPDATE ON outbox_messages, notices TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notices; DROP TABLE outbox_messages; ALTER TABLE users DROP COLUMN reminder_email;`);
  }
}
