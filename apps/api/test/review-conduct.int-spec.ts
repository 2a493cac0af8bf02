import { createTestPartnership, startTestApi, type GraphQLResponse, type TestApi } from './harness';

/*
 * Who reviews, how, and the steps to publication: an LCSPR's final report goes to the national Panel
 * and the Secretary of State at least 7 working days before publication (DESIGN.md section 2), counted
 * on the bank holiday calendar.
 */

const FIELDS = `id reviewers method methodDetails reportSharedOn plannedPublicationOn reportShareDueOn`;
const UPDATE = `mutation($id: ID!, $input: UpdateReviewInput!) { updateReview(id: $id, input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!, $asOf: Date!) { review(id: $id) { ${FIELDS} reportShareTimeliness(asOf: $asOf) } }`;

function problems(res: GraphQLResponse<unknown>): { field: string; message: string }[] {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (res.errors?.[0]?.extensions?.fields ?? []).map(({ field, message }) => ({ field, message }));
}

describe('Review reviewer, method and publication steps', () => {
  let api: TestApi;
  let pid: string;
  const createReview = async (input: Record<string, unknown>): Promise<string> =>
    (
      await api.gql<{ createReview: { id: string } }>(`mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }`, {
        input: { partnershipId: pid, type: 'LCSPR', title: 'A review', initiatedOn: '2025-11-03', ...input },
      })
    ).createReview.id;
  const read = async (id: string, asOf: string) => (await api.gql<{ review: any }>(READ, { id, asOf })).review;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Conduct Safeguarding Partnership', 'JOINT');
  });
  afterAll(() => api.close());

  it('records the reviewer and method, and counts 7 working days back from publication across a bank holiday', async () => {
    const id = await createReview({});
    const { updateReview } = await api.gql<{ updateReview: any }>(UPDATE, {
      id,
      input: { reviewers: 'Dr A Example (independent reviewer)', method: 'LEARNING_TOGETHER', plannedPublicationOn: '2026-06-03' },
    });
    // Planned for Wed 3 June 2026; back 7 working days: 2, 1 June, 29, 28, 27, 26 May, (Mon 25 May
    // is the spring bank holiday), Fri 22 May.
    expect(updateReview).toMatchObject({ reviewers: 'Dr A Example (independent reviewer)', method: 'LEARNING_TOGETHER', reportShareDueOn: '2026-05-22' });
    expect((await read(id, '2026-05-22')).reportShareTimeliness).toBe('DUE');
    expect((await read(id, '2026-05-23')).reportShareTimeliness).toBe('OVERDUE');
    // Sent on Tue 26 May: 6 working days before 3 June, late.
    await api.gql(UPDATE, { id, input: { reportSharedOn: '2026-05-26' } });
    expect((await read(id, '2026-06-30')).reportShareTimeliness).toBe('LATE');
    await api.gql(UPDATE, { id, input: { reportSharedOn: '2026-05-22' } });
    expect((await read(id, '2026-06-30')).reportShareTimeliness).toBe('ON_TIME');
  });

  it('uses the publication date once published, and has no such step for other types', async () => {
    const id = await createReview({ status: 'PUBLISHED', completedOn: '2026-04-30', publishedOn: '2026-05-29', plannedPublicationOn: '2026-06-30' });
    // Fri 29 May back 7: 28, 27, 26, (25 holiday), 22, 21, 20, 19 May.
    expect(await read(id, '2026-12-01')).toMatchObject({ reportShareDueOn: '2026-05-19', reportShareTimeliness: 'OVERDUE' });
    const sar = await createReview({ type: 'SAR', plannedPublicationOn: '2026-06-03' });
    expect(await read(sar, '2026-12-01')).toMatchObject({ reportShareDueOn: null, reportShareTimeliness: null });
  });

  it('refuses what does not fit, naming the field', async () => {
    const id = await createReview({ status: 'PUBLISHED', completedOn: '2026-04-30', publishedOn: '2026-05-29' });
    expect(problems(await api.raw(UPDATE, { id, input: { method: 'OTHER', reportSharedOn: '2026-06-01' } }))).toEqual([
      { field: 'methodDetails', message: 'are required when the method is other' },
      { field: 'reportSharedOn', message: 'must be on or before the publication date (29 May 2026): the report goes to the Panel first' },
    ]);
    const rapid = await createReview({ type: 'RAPID_REVIEW' });
    expect(problems(await api.raw(UPDATE, { id: rapid, input: { reviewers: 'Someone', method: 'SYSTEMS' } }))).toEqual([
      { field: 'reviewers', message: 'does not apply to a rapid review' },
      { field: 'method', message: 'does not apply to a rapid review' },
    ]);
  });
});
