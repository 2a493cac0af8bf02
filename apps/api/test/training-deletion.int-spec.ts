import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const EVENTS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 20) { nodes { action entity entityId actorName before after } } }`;

/**
 * Deleting training records: admin only, within the caller's partnerships, refused while records
 * depend on the one deleted (a course's sessions, a session's bookings, named), and kept in the change
 * history. A booking's evaluation and follow-up are part of it and go with it.
 */
describe('Deleting training courses, sessions and bookings', () => {
  let api: TestApi;
  let partnershipId: string;
  let police: string;
  let health: string;

  const remove = (name: string, id: string, client: Pick<Client, 'raw'> = api) =>
    client.raw(`mutation($id: ID!) { delete${name}(id: $id) { id ref } }`, { id });

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Training Deletion Partnership');
    const agency = async (name: string, sector: string) =>
      (await api.gql(`mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, { i: { partnershipId, name, sector } })).createAgency.id as string;
    police = await agency('Deletion Constabulary', 'POLICE');
    health = await agency('Deletion Health Trust', 'HEALTH');
  });
  afterAll(() => api?.close());

  it('refuses while dependents exist, naming them; deletes leaf first with the parts; the history keeps each deletion', async () => {
    const themeId = (await api.gql(`query($p: ID) { themes(filter: { partnershipId: $p }, first: 1) { nodes { id } } }`, { p: partnershipId })).themes.nodes[0].id;
    const course = (
      await api.gql(`mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id ref } }`, {
        i: { partnershipId, ref: uniqueRef('C'), title: 'Professional curiosity', themeIds: [themeId] },
      })
    ).createTrainingCourse as { id: string; ref: string };
    const session = (
      await api.gql(`mutation($i: CreateTrainingSessionInput!) { createTrainingSession(input: $i) { id ref } }`, {
        i: { courseId: course.id, ref: uniqueRef('S'), sessionDate: '2026-05-06', capacity: 10 },
      })
    ).createTrainingSession as { id: string; ref: string };
    const book = async (agencyId: string, attended: boolean) =>
      (
        await api.gql(`mutation($i: CreateTrainingAttendanceInput!) { createTrainingAttendance(input: $i) { id ref } }`, {
          i: { sessionId: session.id, agencyId, attended, role: 'Social worker' },
        })
      ).createTrainingAttendance as { id: string; ref: string };
    const came = await book(police, true);
    const away = await book(health, false);
    await api.gql(`mutation($id: ID!) { recordTrainingEvaluation(attendanceId: $id, input: { confidenceBefore: 2, confidenceAfter: 4, submittedOn: "2026-05-06" }) { id } }`, {
      id: came.id,
    });
    await api.gql(`mutation($id: ID!) { recordTrainingFollowUp(attendanceId: $id, input: { sentOn: "2026-06-20" }) { id } }`, { id: came.id });

    const refused = async (name: string, id: string, ...parts: string[]) => {
      const res = await remove(name, id);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const message = res.errors?.[0]?.message ?? '';
      expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message }]);
      expect(message).toMatch(/cannot be deleted while other records depend on it/);
      for (const part of parts) expect(message).toContain(part);
    };
    await refused('TrainingCourse', course.id, `Course ${course.ref}`, `1 session (${session.ref})`);
    await refused('TrainingSession', session.id, `Session ${session.ref}`, '2 bookings (Deletion Constabulary, Deletion Health Trust)');

    // An analyst reads training but may not delete it.
    const analyst = await api.as('analyst', { partnershipIds: [partnershipId] });
    expect((await remove('TrainingAttendance', away.id, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Leaf first: each deletion returns the record as it was, and the record is gone.
    for (const [name, record] of [['TrainingAttendance', came], ['TrainingAttendance', away], ['TrainingSession', session], ['TrainingCourse', course]] as const) {
      const res = await remove(name, record.id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[`delete${name}`]).toEqual({ id: record.id, ref: record.ref });
      const field = name[0].toLowerCase() + name.slice(1);
      expect((await api.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: record.id }))[field]).toBeNull();
    }
    // Parts went with their records: the booking's evaluation and follow-up, the course's themes.
    const [left] = await api.db.query(
      `SELECT (SELECT count(*) FROM training_evaluations WHERE attendance_id = $1)::int AS evaluations,
              (SELECT count(*) FROM training_follow_ups WHERE attendance_id = $1)::int AS follow_ups,
              (SELECT count(*) FROM training_course_themes WHERE course_id = $2)::int AS course_themes`,
      [came.id, course.id],
    );
    expect(left).toEqual({ evaluations: 0, follow_ups: 0, course_themes: 0 });

    const me = (await api.gql(`{ viewer { email } }`)).viewer.email;
    for (const [entity, record, field] of [['training_courses', course, 'title'], ['training_sessions', session, 'session_date'], ['training_attendances', came, 'role'], ['training_evaluations', null, 'confidence_after']] as const) {
      const filter = record ? { entity, entityId: record.id } : { entity };
      const { auditEvents } = await api.gql(EVENTS, { f: filter });
      const deletion = auditEvents.nodes.find((e: { action: string; before: Record<string, unknown> | null }) => e.action === 'delete' && (record || e.before?.['attendance_id'] === came.id));
      expect(deletion).toMatchObject({ actorName: me, after: null });
      if (record) expect(deletion.before).toMatchObject({ id: record.id, ref: record.ref });
      expect(deletion.before[field]).toBeDefined();
    }
  });

  it("hides another partnership's records (not found) and refuses roles other than admin", async () => {
    const other = await createTestPartnership(api, 'Other Training Deletion Partnership');
    const course = (
      await api.gql(`mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`, { i: { partnershipId: other, title: 'Elsewhere' } })
    ).createTrainingCourse as { id: string };
    const outsider = await api.as('admin', { partnershipIds: [partnershipId] });
    expect((await remove('TrainingCourse', course.id, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const member = await api.as('committee-member', { partnershipIds: [other] });
    expect((await remove('TrainingCourse', course.id, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`query($id: ID!) { trainingCourse(id: $id) { id } }`, { id: course.id })).trainingCourse).toEqual({ id: course.id });
  });
});
