import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training: courses, sessions, attendance (an anonymous registration: agency and whether they
 * came), the end-of-session evaluation (Kirkpatrick reaction and learning) and the follow-up
 * weeks later (behaviour: has it changed your practice?).
 */
export class Training1730000000600 implements MigrationInterface {
  name = 'Training1730000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_training_courses__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        title text NOT NULL CONSTRAINT ck_training_courses__title CHECK (length(title) BETWEEN 1 AND 300),
        multi_agency boolean NOT NULL DEFAULT true,
        duration_hours numeric(5, 2) CONSTRAINT ck_training_courses__duration_hours CHECK (duration_hours > 0),
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_training_courses__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_training_courses__partnership_id_id UNIQUE (partnership_id, id)
      );

      CREATE TABLE training_course_themes (
        partnership_id uuid NOT NULL,
        course_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (course_id, theme_id),
        CONSTRAINT fk_training_course_themes__course_id FOREIGN KEY (partnership_id, course_id)
          REFERENCES training_courses (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_training_course_themes__theme_id FOREIGN KEY (partnership_id, theme_id) REFERENCES themes (partnership_id, id)
      );

      CREATE TABLE training_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_training_sessions__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        course_id uuid NOT NULL,
        session_date date NOT NULL,
        capacity int NOT NULL CONSTRAINT ck_training_sessions__capacity CHECK (capacity BETWEEN 1 AND 10000),
        delivery text NOT NULL DEFAULT 'in-person' CONSTRAINT ck_training_sessions__delivery
          CHECK (delivery IN ('in-person', 'online', 'e-learning', 'hybrid')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_training_sessions__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_training_sessions__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_training_sessions__course_id FOREIGN KEY (partnership_id, course_id) REFERENCES training_courses (partnership_id, id) ON DELETE CASCADE
      );
      CREATE INDEX ix_training_sessions__partnership_id_session_date ON training_sessions (partnership_id, session_date);
      CREATE INDEX ix_training_sessions__course_id ON training_sessions (course_id);

      CREATE TABLE training_attendances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_training_attendances__partnership_id REFERENCES partnerships (id) ON DELETE CASCADE,
        ref text NOT NULL,
        session_id uuid NOT NULL,
        agency_id uuid NOT NULL,
        attended boolean NOT NULL,
        role text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_training_attendances__ref UNIQUE (partnership_id, ref),
        CONSTRAINT uq_training_attendances__partnership_id_id UNIQUE (partnership_id, id),
        CONSTRAINT fk_training_attendances__session_id FOREIGN KEY (partnership_id, session_id)
          REFERENCES training_sessions (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_training_attendances__agency_id FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id)
      );
      CREATE INDEX ix_training_attendances__session_id ON training_attendances (session_id);
      CREATE INDEX ix_training_attendances__agency_id ON training_attendances (agency_id);

      CREATE TABLE training_evaluations (
        attendance_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        confidence_before int NOT NULL CONSTRAINT ck_training_evaluations__confidence_before CHECK (confidence_before BETWEEN 1 AND 5),
        confidence_after int NOT NULL CONSTRAINT ck_training_evaluations__confidence_after CHECK (confidence_after BETWEEN 1 AND 5),
        satisfaction int CONSTRAINT ck_training_evaluations__satisfaction CHECK (satisfaction BETWEEN 1 AND 5),
        comment text,
        submitted_on date NOT NULL,
        CONSTRAINT fk_training_evaluations__attendance_id FOREIGN KEY (partnership_id, attendance_id)
          REFERENCES training_attendances (partnership_id, id) ON DELETE CASCADE
      );

      CREATE TABLE training_follow_ups (
        attendance_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        sent_on date NOT NULL,
        responded_on date,
        changed_practice boolean,
        example text,
        CONSTRAINT fk_training_follow_ups__attendance_id FOREIGN KEY (partnership_id, attendance_id)
          REFERENCES training_attendances (partnership_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_training_follow_ups__responded_on CHECK (responded_on IS NULL OR responded_on >= sent_on),
        CONSTRAINT ck_training_follow_ups__changed_practice CHECK ((responded_on IS NULL) = (changed_practice IS NULL))
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training_follow_ups; DROP TABLE training_evaluations; DROP TABLE training_attendances;
      DROP TABLE training_sessions; DROP TABLE training_course_themes; DROP TABLE training_courses;`);
  }
}
