import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Year-end truth (DESIGN section 2): every change of a review's status is kept with the day it took
 * effect, actions keep the day they were cancelled, and one SQL function per record gives its
 * status as of any date, so a year-end table reads the same next year.
 *
 * Review history is kept by the database, not by each writer: a deferred constraint trigger on
 * `reviews` runs at commit, after the service or the importer has written everything, and
 * (1) gives a review with no history the history derived from its dates, (2) adds a row when the
 * review's status is no longer the status of its latest row. So the service, the importer and any
 * script keep it current alike, and an import that brings its own history (written in the same
 * transaction) is left as it is.
 */
export class StatusHistory1730000001200 implements MigrationInterface {
  name = 'StatusHistory1730000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        partnership_id uuid NOT NULL,
        review_id uuid NOT NULL,
        status text NOT NULL CONSTRAINT ck_review_status_changes__status CHECK (status IN (
          'proposed', 'scoping', 'in-progress', 'report-drafted', 'completed', 'published', 'closed-unpublished')),
        -- The day the status took effect (the review's own date for it where it has one).
        changed_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        recorded_by text NOT NULL,
        -- True when the row was inferred from the review's dates (backfill, or an import without history).
        derived boolean NOT NULL DEFAULT false,
        CONSTRAINT fk_review_status_changes__review_id FOREIGN KEY (partnership_id, review_id)
          REFERENCES reviews (partnership_id, id) ON DELETE CASCADE,
        -- What identifies a change in an exchange bundle, so a re-import adds nothing (rows written by
        -- one statement share no status, so they never collide).
        CONSTRAINT uq_review_status_changes__review_id_recorded_at_status UNIQUE (review_id, recorded_at, status)
      );
      CREATE INDEX ix_review_status_changes__review_id_changed_on ON review_status_changes (review_id, changed_on, id);

      /*
       * The history a review's dates imply, oldest first (the backfill rule, also used for an imported
       * review that brings no history). Only the steps up to the review's current status are kept;
       * a step's day never precedes the step before it:
       *   proposed           on initiated_on;
       *   scoping            on initiated_on, only when the review is still scoping (no date is kept for it);
       *   in-progress        on terms_agreed_on (terms of reference agreed end scoping), for a review past
       *                      scoping; when that date is unknown, on initiated_on if the review is in progress;
       *   report-drafted     on the latest of those days, only when the review is at that step;
       *   completed          on completed_on, for a completed, published or closed review that has it;
       *   published          on published_on;
       *   closed-unpublished on completed_on, else the latest earlier day (no date is kept for closing).
       * The last row is always the current status.
       */
      CREATE FUNCTION sli_review_derived_history(r reviews)
        RETURNS TABLE (status text, changed_on date, step int) LANGUAGE sql STABLE AS $f$
        WITH d AS (
          SELECT r.initiated_on AS proposed_on,
                 greatest(r.initiated_on, r.terms_agreed_on) AS terms_on,
                 greatest(r.initiated_on, r.terms_agreed_on, r.completed_on) AS completed_on,
                 greatest(r.initiated_on, r.terms_agreed_on, r.completed_on, r.published_on) AS published_on
        )
        SELECT s.status, s.on_date, s.step
        FROM d CROSS JOIN LATERAL (VALUES
          (1, 'proposed', d.proposed_on),
          (2, 'scoping', CASE WHEN r.status = 'scoping' THEN d.proposed_on END),
          (3, 'in-progress', CASE
             WHEN r.status IN ('report-drafted', 'completed', 'published', 'closed-unpublished') AND r.terms_agreed_on IS NOT NULL THEN d.terms_on
             WHEN r.status = 'in-progress' THEN d.terms_on END),
          (4, 'report-drafted', CASE WHEN r.status = 'report-drafted' THEN d.terms_on END),
          (5, 'completed', CASE WHEN r.status IN ('completed', 'published', 'closed-unpublished') AND r.completed_on IS NOT NULL THEN d.completed_on END),
          (6, 'published', CASE WHEN r.status = 'published' THEN d.published_on END),
          (7, 'closed-unpublished', CASE WHEN r.status = 'closed-unpublished' THEN d.completed_on END)
        ) AS s(step, status, on_date)
        WHERE s.on_date IS NOT NULL
        ORDER BY s.step
      $f$;

      /*
       * The day a new status takes effect: the review's own date for that status (in-progress:
       * terms_agreed_on; completed: completed_on; published: published_on) when it has one on or after
       * the latest recorded change, else today in England; never before the latest recorded change.
       */
      CREATE FUNCTION sli_review_status_effective_on(r reviews, latest_on date) RETURNS date LANGUAGE sql STABLE AS $f$
        SELECT CASE
          WHEN own_on IS NOT NULL AND own_on >= coalesce(latest_on, own_on) THEN own_on
          ELSE greatest((now() AT TIME ZONE 'Europe/London')::date, latest_on)
        END
        FROM (SELECT CASE r.status
          WHEN 'in-progress' THEN r.terms_agreed_on
          WHEN 'completed' THEN r.completed_on
          WHEN 'published' THEN r.published_on END AS own_on) o
      $f$;

      -- Runs at commit for each review inserted or whose status changed (see the class comment).
      CREATE FUNCTION sli_review_status_history_sync() RETURNS trigger LANGUAGE plpgsql AS $f$
      DECLARE
        cur reviews;
        latest record;
        actor text := coalesce(nullif(current_setting('sli.actor', true), ''), session_user);
      BEGIN
        SELECT * INTO cur FROM reviews WHERE id = NEW.id;
        IF NOT FOUND THEN RETURN NULL; END IF;
        SELECT c.status, c.changed_on INTO latest FROM review_status_changes c
          WHERE c.review_id = cur.id ORDER BY c.changed_on DESC, c.id DESC LIMIT 1;
        IF NOT FOUND THEN
          INSERT INTO review_status_changes (partnership_id, review_id, status, changed_on, recorded_by, derived)
          SELECT cur.partnership_id, cur.id, h.status, h.changed_on, actor, true
          FROM sli_review_derived_history(cur) h ORDER BY h.step;
        ELSIF latest.status <> cur.status THEN
          INSERT INTO review_status_changes (partnership_id, review_id, status, changed_on, recorded_by)
          VALUES (cur.partnership_id, cur.id, cur.status, sli_review_status_effective_on(cur, latest.changed_on), actor);
        END IF;
        RETURN NULL;
      END $f$;

      CREATE CONSTRAINT TRIGGER tr_reviews__status_history AFTER INSERT OR UPDATE OF status ON reviews
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sli_review_status_history_sync();

      -- Backfill: every existing review gets the history its dates imply.
      INSERT INTO review_status_changes (partnership_id, review_id, status, changed_on, recorded_by, derived)
      SELECT r.partnership_id, r.id, h.status, h.changed_on, 'migration: derived from the review''s dates', true
      FROM reviews r CROSS JOIN LATERAL sli_review_derived_history(r) h
      ORDER BY r.id, h.step;

      /*
       * A review's status on day d: the status of its latest change on or before d (ties in the order
       * recorded); null when the review had not yet begun.
       */
      CREATE FUNCTION review_status_on(p_review_id uuid, d date) RETURNS text LANGUAGE sql STABLE AS $f$
        SELECT c.status FROM review_status_changes c
        WHERE c.review_id = p_review_id AND c.changed_on <= d
        ORDER BY c.changed_on DESC, c.id DESC LIMIT 1
      $f$;
    `);

    await q.query(`
      ALTER TABLE actions ADD COLUMN cancelled_on date;
      -- Backfill: the day (in England) of the latest update that cancelled it, else its last change.
      UPDATE actions a SET cancelled_on = coalesce(
        (SELECT (u.changed_at AT TIME ZONE 'Europe/London')::date FROM action_updates u
          WHERE u.action_id = a.id AND u.to_status = 'cancelled' ORDER BY u.changed_at DESC LIMIT 1),
        (a.updated_at AT TIME ZONE 'Europe/London')::date)
      WHERE a.status = 'cancelled';
      ALTER TABLE actions ADD CONSTRAINT ck_actions__cancelled_on CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL));

      /*
       * Writers set cancelled_on themselves (the service: today; the importer: the bundle's date). For one
       * that does not, a cancelled action keeps the date it already had, else takes today in England;
       * any other status clears it, so reinstating an action forgets its cancellation date.
       */
      CREATE FUNCTION sli_action_cancelled_on() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF NEW.status <> 'cancelled' THEN
          NEW.cancelled_on := NULL;
        ELSIF NEW.cancelled_on IS NULL THEN
          NEW.cancelled_on := coalesce(
            CASE WHEN TG_OP = 'UPDATE' AND OLD.status = 'cancelled' THEN OLD.cancelled_on END,
            (now() AT TIME ZONE 'Europe/London')::date);
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER tr_actions__cancelled_on BEFORE INSERT OR UPDATE OF status, cancelled_on ON actions
        FOR EACH ROW EXECUTE FUNCTION sli_action_cancelled_on();

      /*
       * An action's status on day d, from its dates and its recorded updates. h is the status its
       * history gives for d: the latest update recorded on or before d (days in England), else the
       * status before its first later update (its first status, if that update recorded its
       * creation), else its current status. Then:
       *   cancelled        when cancelled_on <= d;
       *   complete         when completed_on <= d (impact evidenced if h says so, else completed);
       *   h                when h is open (not started or in progress);
       *   h                when h is complete or cancelled and the action has since left that status
       *                    (completed_on or cancelled_on now empty): it was so on d;
       *   in progress      otherwise: recorded as complete or cancelled, but dated after d.
       * So an action completed or cancelled after d is open on d, whatever its status today.
       */
      CREATE FUNCTION action_status_on(p_id uuid, p_status text, p_completed_on date, p_cancelled_on date, d date)
        RETURNS text LANGUAGE sql STABLE AS $f$
        SELECT CASE
          WHEN p_cancelled_on <= d THEN 'cancelled'
          WHEN p_completed_on <= d THEN CASE WHEN x.h = 'impact-evidenced' THEN x.h ELSE 'completed' END
          WHEN x.h IN ('not-started', 'in-progress') THEN x.h
          WHEN x.h IN ('completed', 'impact-evidenced') AND p_completed_on IS NULL THEN x.h
          WHEN x.h = 'cancelled' AND p_cancelled_on IS NULL THEN x.h
          ELSE 'in-progress'
        END
        FROM (SELECT coalesce(
          (SELECT u.to_status FROM action_updates u
            WHERE u.action_id = p_id AND (u.changed_at AT TIME ZONE 'Europe/London')::date <= d
            ORDER BY u.changed_at DESC LIMIT 1),
          (SELECT coalesce(u.from_status, u.to_status) FROM action_updates u
            WHERE u.action_id = p_id AND (u.changed_at AT TIME ZONE 'Europe/London')::date > d
            ORDER BY u.changed_at LIMIT 1),
          p_status) AS h) x
      $f$;
    `);

    // Tenant rules, rights and history for the new table (the pattern of 1730000001100).
    await q.query(`
      ALTER TABLE review_status_changes ENABLE ROW LEVEL SECURITY;
      ALTER TABLE review_status_changes FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON review_status_changes USING (sli_all_partnerships() OR partnership_id = ANY (sli_partnership_ids()));
      CREATE TRIGGER tr_review_status_changes__audit AFTER INSERT OR UPDATE OR DELETE ON review_status_changes
        FOR EACH ROW EXECUTE FUNCTION sli_audit_row();
      -- Status history is only added to, like action_updates.
      GRANT SELECT, INSERT ON review_status_changes TO sli_app;
      GRANT USAGE, SELECT ON SEQUENCE review_status_changes_id_seq TO sli_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION action_status_on(uuid, text, date, date, date);
      DROP TRIGGER tr_actions__cancelled_on ON actions;
      DROP FUNCTION sli_action_cancelled_on();
      ALTER TABLE actions DROP CONSTRAINT ck_actions__cancelled_on;
      ALTER TABLE actions DROP COLUMN cancelled_on;
      DROP FUNCTION review_status_on(uuid, date);
      DROP TRIGGER tr_reviews__status_history ON reviews;
      DROP FUNCTION sli_review_status_history_sync();
      DROP FUNCTION sli_review_status_effective_on(reviews, date);
      DROP FUNCTION sli_review_derived_history(reviews);
      DROP TABLE review_status_changes;
    `);
  }
}
