import { createTestPartnership, startTestApi, type GraphQLResponse, type TestApi } from './harness';

/*
 * A review's family and practitioner engagement log over GraphQL: a family member by role (never a
 * name), a practitioner by agency; offered, took part or declined; admin only.
 */

const FIELDS = 'id ref engagedOn party familyRole outcome agency { name }';
const CREATE = `mutation($input: CreateReviewEngagementInput!) { createReviewEngagement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReviewEngagementInput!) { updateReviewEngagement(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteReviewEngagement(id: $id) { id } }`;

function problems(res: GraphQLResponse<unknown>): { field: string; message: string }[] {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (res.errors?.[0]?.extensions?.fields ?? []).map(({ field, message }) => ({ field, message }));
}

describe('Review engagement log', () => {
  let api: TestApi;
  let pid: string;
  let reviewId: string;
  let health: string;
  let elsewhere: string;

  const agency = async (partnershipId: string, name: string) =>
    (await api.gql<{ createAgency: { id: string } }>(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input: { partnershipId, name, sector: 'HEALTH' } }))
      .createAgency.id;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Engagement SAB', 'ADULTS');
    const other = await createTestPartnership(api, 'Other SAB', 'ADULTS');
    health = await agency(pid, 'Engagement ICB');
    elsewhere = await agency(other, 'Other ICB');
    reviewId = (
      await api.gql<{ createReview: { id: string } }>(`mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }`, {
        input: { partnershipId: pid, type: 'SAR', title: 'Adult E', initiatedOn: '2025-02-03' },
      })
    ).createReview.id;
  });
  afterAll(() => api.close());

  it('logs a family member by role and a practitioner by agency, oldest first, and records the answer', async () => {
    const mother = (await api.gql<{ createReviewEngagement: any }>(CREATE, { input: { reviewId, engagedOn: '2025-03-03', party: 'FAMILY', familyRole: 'MOTHER', outcome: 'OFFERED' } }))
      .createReviewEngagement;
    expect(mother).toMatchObject({ engagedOn: '2025-03-03', party: 'FAMILY', familyRole: 'MOTHER', outcome: 'OFFERED', agency: null });
    await api.gql(CREATE, { input: { reviewId, engagedOn: '2025-02-20', party: 'PRACTITIONER', agencyId: health, outcome: 'TOOK_PART' } });
    await api.gql(UPDATE, { id: mother.id, input: { outcome: 'TOOK_PART', engagedOn: '2025-03-10' } });
    const { review } = await api.gql<{ review: { engagements: any[] } }>(`query($id: ID!) { review(id: $id) { engagements { engagedOn party familyRole outcome agency { name } } } }`, {
      id: reviewId,
    });
    expect(review.engagements).toEqual([
      { engagedOn: '2025-02-20', party: 'PRACTITIONER', familyRole: null, outcome: 'TOOK_PART', agency: { name: 'Engagement ICB' } },
      { engagedOn: '2025-03-10', party: 'FAMILY', familyRole: 'MOTHER', outcome: 'TOOK_PART', agency: null },
    ]);
    await api.gql(DELETE, { id: mother.id });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM review_engagements WHERE review_id = $1`, [reviewId]);
    expect(n).toBe(1);
  });

  it('refuses a family member without a role, a practitioner of another partnership, a date before the review', async () => {
    expect(problems(await api.raw(CREATE, { input: { reviewId, engagedOn: '2025-01-31', party: 'FAMILY', agencyId: health, outcome: 'DECLINED' } }))).toEqual([
      { field: 'engagedOn', message: 'must be on or after the date the review was initiated (3 February 2025)' },
      { field: 'familyRole', message: 'is required for a family member: their role, never a name' },
      { field: 'agencyId', message: 'is for a practitioner, not a family member' },
    ]);
    expect(problems(await api.raw(CREATE, { input: { reviewId, engagedOn: '2025-03-01', party: 'PRACTITIONER', agencyId: elsewhere, outcome: 'OFFERED' } }))).toEqual([
      { field: 'agencyId', message: 'must be an agency of this partnership' },
    ]);
    const member = await api.as('board-member', { partnershipIds: [pid] });
    const res = await member.raw(CREATE, { input: { reviewId, engagedOn: '2025-03-01', party: 'FAMILY', familyRole: 'SIBLING', outcome: 'OFFERED' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
