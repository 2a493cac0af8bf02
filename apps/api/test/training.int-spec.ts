import { createTestPartnership, startTestApi, type TestApi } from './harness';

const COURSE_FIELDS = `id partnershipId ref title multiAgency durationHours description
  partnership { id } themes { code } sessions { sessionDate }`;
const SESSION_FIELDS = 'id partnershipId ref courseId sessionDate capacity delivery booked attended didNotAttend course { title }';
const ATTENDANCE_FIELDS = `id partnershipId ref sessionId agencyId attended role session { sessionDate } agency { name }
  evaluation { confidenceBefore confidenceAfter satisfaction comment submittedOn }
  followUp { sentOn respondedOn changedPractice example }`;

describe('Training over GraphQL', () => {
  let api: TestApi;
  let pid: string;
  let themes: Record<string, string>;
  let police: string;
  let health: string;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Trainshire LSCP');
    themes = await themeIdsOf(pid);
    police = await createAgency(pid, 'Trainshire Police', 'POLICE');
    health = await createAgency(pid, 'Trainshire NHS Trust', 'HEALTH');
  });
  afterAll(() => api.close());

  async function themeIdsOf(partnershipId: string): Promise<Record<string, string>> {
    const { themes: list } = await api.gql(`query($f: ThemeFilter) { themes(filter: $f, first: 500) { nodes { id code } } }`, {
      f: { partnershipId },
    });
    return Object.fromEntries(list.nodes.map((t: { id: string; code: string }) => [t.code, t.id]));
  }

  async function createAgency(partnershipId: string, name: string, sector: string): Promise<string> {
    const { createAgency: a } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId, name, sector },
    });
    return a.id;
  }

  const createCourse = (input: Record<string, unknown>) =>
    api.raw(`mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { ${COURSE_FIELDS} } }`, { input });
  const createSession = (input: Record<string, unknown>) =>
    api.raw(`mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { ${SESSION_FIELDS} } }`, { input });
  const createAttendance = (input: Record<string, unknown>) =>
    api.raw(`mutation($input: CreateTrainingAttendanceInput!) { createTrainingAttendance(input: $input) { ${ATTENDANCE_FIELDS} } }`, {
      input,
    });
  const evaluate = (attendanceId: string, input: Record<string, unknown>) =>
    api.raw(
      `mutation($id: ID!, $input: TrainingEvaluationInput!) { recordTrainingEvaluation(attendanceId: $id, input: $input) { ${ATTENDANCE_FIELDS} } }`,
      { id: attendanceId, input },
    );
  const followUp = (attendanceId: string, input: Record<string, unknown>) =>
    api.raw(
      `mutation($id: ID!, $input: TrainingFollowUpInput!) { recordTrainingFollowUp(attendanceId: $id, input: $input) { ${ATTENDANCE_FIELDS} } }`,
      { id: attendanceId, input },
    );
  const fieldsOf = (res: { errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] }) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();
  };
  const ok = <T>(res: { data?: T; errors?: unknown[] }): T => {
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };

  it('creates, updates, fetches and lists courses with their themes', async () => {
    const { createTrainingCourse: course } = ok(
      await createCourse({
        partnershipId: pid,
        ref: 'C-DA',
        title: 'Domestic abuse and coercive control',
        durationHours: 3.5,
        themeIds: [themes['domestic-abuse'], themes['professional-curiosity']],
      }),
    ) as Record<string, any>;
    expect(course).toMatchObject({
      partnershipId: pid,
      ref: 'C-DA',
      multiAgency: true,
      durationHours: 3.5,
      description: null,
      partnership: { id: pid },
      themes: expect.arrayContaining([{ code: 'domestic-abuse' }, { code: 'professional-curiosity' }]),
      sessions: [],
    });
    expect(course.themes).toHaveLength(2);

    const { updateTrainingCourse: updated } = await api.gql(
      `mutation($id: ID!, $input: UpdateTrainingCourseInput!) { updateTrainingCourse(id: $id, input: $input) { ${COURSE_FIELDS} } }`,
      { id: course.id, input: { title: 'Domestic abuse: seeing the whole family', themeIds: [themes['domestic-abuse'], themes['think-family']], description: 'Half day.' } },
    );
    expect(updated).toMatchObject({ title: 'Domestic abuse: seeing the whole family', durationHours: 3.5, description: 'Half day.' });
    expect(updated.themes.map((t: { code: string }) => t.code).sort()).toEqual(['domestic-abuse', 'think-family']);

    ok(await createCourse({ partnershipId: pid, title: 'Safer recruitment for schools', multiAgency: false, themeIds: [] }));

    const { trainingCourse } = await api.gql(`query($id: ID!) { trainingCourse(id: $id) { ${COURSE_FIELDS} } }`, { id: course.id });
    expect(trainingCourse).toMatchObject({ id: course.id, ref: 'C-DA', partnership: { id: pid } });

    const list = async (filter: Record<string, unknown>) =>
      (
        await api.gql(`query($f: TrainingCourseFilter) { trainingCourses(filter: $f) { totalCount nodes { ref title } } }`, {
          f: { partnershipId: pid, ...filter },
        })
      ).trainingCourses;
    expect((await list({ themeId: themes['think-family'] })).nodes).toEqual([{ ref: 'C-DA', title: 'Domestic abuse: seeing the whole family' }]);
    expect((await list({ themeId: themes['professional-curiosity'] })).totalCount).toBe(0);
    expect((await list({ multiAgency: false })).nodes.map((c: { title: string }) => c.title)).toEqual(['Safer recruitment for schools']);
    expect((await list({ search: 'WHOLE family' })).totalCount).toBe(1);
    expect((await list({})).nodes.map((c: { title: string }) => c.title)).toEqual([
      'Domestic abuse: seeing the whole family',
      'Safer recruitment for schools',
    ]);
  });

  it('writes no course when a theme is from another partnership or input is bad', async () => {
    const other = await createTestPartnership(api);
    const foreign = (await themeIdsOf(other))['neglect'];
    const res = await createCourse({ partnershipId: pid, title: 'Neglect toolkit', themeIds: [themes['neglect'], foreign] });
    expect(fieldsOf(res)).toEqual(['themeIds']);
    const bad = await createCourse({ partnershipId: pid, title: '', durationHours: -1, ref: 'no spaces' });
    expect(fieldsOf(bad)).toEqual(['durationHours', 'ref', 'title']);
    const { trainingCourses } = await api.gql(`query($f: TrainingCourseFilter) { trainingCourses(filter: $f) { totalCount } }`, {
      f: { partnershipId: pid, search: 'Neglect toolkit' },
    });
    expect(trainingCourses.totalCount).toBe(0);
  });

  it('creates, updates, lists and pages sessions, latest first', async () => {
    const p = await createTestPartnership(api);
    const { createTrainingCourse: course } = ok(await createCourse({ partnershipId: p, title: 'Voice of the child' })) as Record<string, any>;
    const dates = ['2024-05-14', '2024-09-10', '2025-01-21', '2025-04-08'];
    const ids: string[] = [];
    for (const sessionDate of dates) {
      const { createTrainingSession: s } = ok(await createSession({ courseId: course.id, sessionDate, capacity: 20 })) as Record<string, any>;
      expect(s).toMatchObject({ partnershipId: p, courseId: course.id, sessionDate, capacity: 20, delivery: 'IN_PERSON', booked: 0, course: { title: 'Voice of the child' } });
      ids.push(s.id);
    }
    const { updateTrainingSession } = await api.gql(
      `mutation($id: ID!, $input: UpdateTrainingSessionInput!) { updateTrainingSession(id: $id, input: $input) { ${SESSION_FIELDS} } }`,
      { id: ids[1], input: { capacity: 12, delivery: 'ONLINE', ref: 'S-SEP' } },
    );
    expect(updateTrainingSession).toMatchObject({ capacity: 12, delivery: 'ONLINE', ref: 'S-SEP', sessionDate: '2024-09-10' });

    const { trainingSession } = await api.gql(`query($id: ID!) { trainingSession(id: $id) { ${SESSION_FIELDS} partnership { id } } }`, { id: ids[1] });
    expect(trainingSession).toMatchObject({ ref: 'S-SEP', partnership: { id: p }, course: { title: 'Voice of the child' } });

    // Reporting year 2024/25.
    const { trainingSessions: year } = await api.gql(
      `query($f: TrainingSessionFilter) { trainingSessions(filter: $f) { totalCount nodes { sessionDate } } }`,
      { f: { partnershipId: p, courseId: course.id, dateFrom: '2024-04-01', dateTo: '2025-03-31' } },
    );
    expect(year).toEqual({ totalCount: 3, nodes: [{ sessionDate: '2025-01-21' }, { sessionDate: '2024-09-10' }, { sessionDate: '2024-05-14' }] });

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { trainingSessions: page }: { trainingSessions: any } = await api.gql(
        `query($f: TrainingSessionFilter, $after: String) { trainingSessions(filter: $f, first: 3, after: $after) {
           totalCount nodes { sessionDate } pageInfo { hasNextPage endCursor } } }`,
        { f: { partnershipId: p }, after },
      );
      expect(page.totalCount).toBe(4);
      seen.push(...page.nodes.map((n: { sessionDate: string }) => n.sessionDate));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...dates].reverse());

    const { trainingCourse } = await api.gql(`query($id: ID!) { trainingCourse(id: $id) { sessions { sessionDate } } }`, { id: course.id });
    expect(trainingCourse.sessions.map((s: { sessionDate: string }) => s.sessionDate)).toEqual(dates);

    const bad = await createSession({ courseId: course.id, sessionDate: '2025-06-01', capacity: 0 });
    expect(fieldsOf(bad)).toEqual(['capacity']);
    const noCourse = await createSession({ courseId: '00000000-0000-4000-8000-000000000000', sessionDate: '2025-06-01', capacity: 5 });
    expect(fieldsOf(noCourse)).toEqual(['courseId']);
    const badDate = await createSession({ courseId: course.id, sessionDate: '2025-02-30', capacity: 5 });
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('books attendances within capacity, for agencies of the same partnership only', async () => {
    const { createTrainingCourse: course } = ok(await createCourse({ partnershipId: pid, title: 'Information sharing' })) as Record<string, any>;
    const { createTrainingSession: session } = ok(await createSession({ courseId: course.id, sessionDate: '2025-02-11', capacity: 2 })) as Record<string, any>;

    const { createTrainingAttendance: a1 } = ok(
      await createAttendance({ sessionId: session.id, agencyId: police, attended: true, ref: 'A1', role: 'Detective constable' }),
    ) as Record<string, any>;
    expect(a1).toMatchObject({
      partnershipId: pid,
      ref: 'A1',
      attended: true,
      role: 'Detective constable',
      session: { sessionDate: '2025-02-11' },
      agency: { name: 'Trainshire Police' },
      evaluation: null,
      followUp: null,
    });
    const { createTrainingAttendance: a2 } = ok(await createAttendance({ sessionId: session.id, agencyId: health, attended: false, ref: 'A2' })) as Record<
      string,
      any
    >;

    const full = await createAttendance({ sessionId: session.id, agencyId: health, attended: true, ref: 'A3' });
    expect(fieldsOf(full)).toEqual(['sessionId']);
    expect(full.errors?.[0]?.message).toMatch(/full/);

    const otherAgency = await createAgency(await createTestPartnership(api), 'Elsewhere Police', 'POLICE');
    const { createTrainingSession: roomy } = ok(await createSession({ courseId: course.id, sessionDate: '2025-03-11', capacity: 30 })) as Record<string, any>;
    const foreign = await createAttendance({ sessionId: roomy.id, agencyId: otherAgency, attended: true });
    expect(fieldsOf(foreign)).toEqual(['agencyId']);

    const { trainingSession: counts } = await api.gql(`query($id: ID!) { trainingSession(id: $id) { booked attended didNotAttend attendances { ref } } }`, {
      id: session.id,
    });
    expect(counts).toEqual({ booked: 2, attended: 1, didNotAttend: 1, attendances: [{ ref: 'A1' }, { ref: 'A2' }] });
    const { trainingSession: empty } = await api.gql(`query($id: ID!) { trainingSession(id: $id) { booked attendances { id } } }`, { id: roomy.id });
    expect(empty).toEqual({ booked: 0, attendances: [] });

    const shrink = await api.raw(`mutation($id: ID!) { updateTrainingSession(id: $id, input: { capacity: 1 }) { id } }`, { id: session.id });
    expect(fieldsOf(shrink)).toEqual(['capacity']);

    // Moving a booking to a full session is refused; to a roomy one it is fine.
    const { createTrainingAttendance: a3 } = ok(await createAttendance({ sessionId: roomy.id, agencyId: health, attended: true, ref: 'A3' })) as Record<
      string,
      any
    >;
    const move = (id: string, input: Record<string, unknown>) =>
      api.raw(`mutation($id: ID!, $input: UpdateTrainingAttendanceInput!) { updateTrainingAttendance(id: $id, input: $input) { ${ATTENDANCE_FIELDS} } }`, {
        id,
        input,
      });
    expect(fieldsOf(await move(a3.id, { sessionId: session.id }))).toEqual(['sessionId']);
    const { updateTrainingAttendance: moved } = ok(await move(a2.id, { sessionId: roomy.id, attended: true, role: 'Health visitor' })) as Record<string, any>;
    expect(moved).toMatchObject({ attended: true, role: 'Health visitor', session: { sessionDate: '2025-03-11' } });

    const list = async (filter: Record<string, unknown>) =>
      (
        await api.gql(`query($f: TrainingAttendanceFilter) { trainingAttendances(filter: $f) { totalCount nodes { ref } } }`, {
          f: { partnershipId: pid, ...filter },
        })
      ).trainingAttendances;
    expect(await list({ sessionId: roomy.id })).toEqual({ totalCount: 2, nodes: [{ ref: 'A2' }, { ref: 'A3' }] });
    expect((await list({ agencyId: police })).nodes).toEqual(expect.arrayContaining([{ ref: 'A1' }]));
    expect((await list({ sessionId: session.id, attended: true })).nodes).toEqual([{ ref: 'A1' }]);

    const { trainingAttendance } = await api.gql(`query($id: ID!) { trainingAttendance(id: $id) { ${ATTENDANCE_FIELDS} partnership { id } } }`, {
      id: a1.id,
    });
    expect(trainingAttendance).toMatchObject({ ref: 'A1', agency: { name: 'Trainshire Police' }, partnership: { id: pid } });
  });

  it('records evaluations and follow-ups for those who attended, replacing earlier ones', async () => {
    const { createTrainingCourse: course } = ok(await createCourse({ partnershipId: pid, title: 'Professional curiosity' })) as Record<string, any>;
    const { createTrainingSession: session } = ok(await createSession({ courseId: course.id, sessionDate: '2025-05-06', capacity: 10 })) as Record<string, any>;
    const { createTrainingAttendance: came } = ok(await createAttendance({ sessionId: session.id, agencyId: police, attended: true })) as Record<string, any>;
    const { createTrainingAttendance: absent } = ok(await createAttendance({ sessionId: session.id, agencyId: health, attended: false })) as Record<string, any>;

    const first = ok(await evaluate(came.id, { confidenceBefore: 2, confidenceAfter: 4, satisfaction: 5, comment: 'Useful', submittedOn: '2025-05-06' })) as Record<string, any>;
    expect(first['recordTrainingEvaluation'].evaluation).toEqual({
      confidenceBefore: 2,
      confidenceAfter: 4,
      satisfaction: 5,
      comment: 'Useful',
      submittedOn: '2025-05-06',
    });
    const again = ok(await evaluate(came.id, { confidenceBefore: 3, confidenceAfter: 4, submittedOn: '2025-05-07' })) as Record<string, any>;
    expect(again['recordTrainingEvaluation'].evaluation).toEqual({
      confidenceBefore: 3,
      confidenceAfter: 4,
      satisfaction: null,
      comment: null,
      submittedOn: '2025-05-07',
    });

    expect(fieldsOf(await evaluate(came.id, { confidenceBefore: 0, confidenceAfter: 6, satisfaction: 9, submittedOn: '2025-05-06' }))).toEqual([
      'confidenceAfter',
      'confidenceBefore',
      'satisfaction',
    ]);
    expect(fieldsOf(await evaluate(came.id, { confidenceBefore: 3, confidenceAfter: 4, submittedOn: '2025-05-01' }))).toEqual(['submittedOn']);
    expect(fieldsOf(await evaluate(absent.id, { confidenceBefore: 3, confidenceAfter: 4, submittedOn: '2025-05-06' }))).toEqual(['attendanceId']);

    const sent = ok(await followUp(came.id, { sentOn: '2025-07-01' })) as Record<string, any>;
    expect(sent['recordTrainingFollowUp'].followUp).toEqual({ sentOn: '2025-07-01', respondedOn: null, changedPractice: null, example: null });
    expect(fieldsOf(await followUp(came.id, { sentOn: '2025-07-01', respondedOn: '2025-07-09' }))).toEqual(['changedPractice']);
    expect(fieldsOf(await followUp(came.id, { sentOn: '2025-07-01', respondedOn: '2025-06-20', changedPractice: true }))).toEqual(['respondedOn']);
    expect(fieldsOf(await followUp(came.id, { sentOn: '2025-07-01', changedPractice: true }))).toEqual(['respondedOn']);
    expect(fieldsOf(await followUp(absent.id, { sentOn: '2025-07-01' }))).toEqual(['attendanceId']);
    const answered = ok(
      await followUp(came.id, { sentOn: '2025-07-01', respondedOn: '2025-07-09', changedPractice: true, example: 'Now asks who else lives at home.' }),
    ) as Record<string, any>;
    expect(answered['recordTrainingFollowUp']).toMatchObject({
      evaluation: { confidenceAfter: 4 },
      followUp: { sentOn: '2025-07-01', respondedOn: '2025-07-09', changedPractice: true, example: 'Now asks who else lives at home.' },
    });

    // An attendance with an evaluation cannot become a no-show, and the session cannot move after it.
    const noShow = await api.raw(`mutation($id: ID!) { updateTrainingAttendance(id: $id, input: { attended: false }) { id } }`, { id: came.id });
    expect(fieldsOf(noShow)).toEqual(['attended']);
    const later = await api.raw(`mutation($id: ID!) { updateTrainingSession(id: $id, input: { sessionDate: "2025-05-20" }) { id } }`, { id: session.id });
    expect(fieldsOf(later)).toEqual(['sessionDate']);

    // Nested lists resolve in batches: a session with its attendances and their evaluations.
    const { trainingSessions } = await api.gql(
      `query($f: TrainingSessionFilter) { trainingSessions(filter: $f) { nodes { attended didNotAttend attendances { attended evaluation { confidenceAfter } followUp { changedPractice } } } } }`,
      { f: { partnershipId: pid, courseId: course.id } },
    );
    expect(trainingSessions.nodes).toEqual([
      {
        attended: 1,
        didNotAttend: 1,
        attendances: expect.arrayContaining([
          { attended: true, evaluation: { confidenceAfter: 4 }, followUp: { changedPractice: true } },
          { attended: false, evaluation: null, followUp: null },
        ]),
      },
    ]);
  });
});
