import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const FINDING_FIELDS = 'id partnershipId ref kind text reviewId auditId themes { code } review { id title } audit { id title }';

const CREATE_FINDING = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { ${FINDING_FIELDS} } }`;
const UPDATE_FINDING = `mutation($id: ID!, $input: UpdateFindingInput!) { updateFinding(id: $id, input: $input) { ${FINDING_FIELDS} } }`;
const CREATE_RECOMMENDATION = `mutation($input: CreateRecommendationInput!) {
  createRecommendation(input: $input) { id ref text reviewId auditId findingId } }`;
const CREATE_PRODUCT = `mutation($input: CreateLearningProductInput!) {
  createLearningProduct(input: $input) { id ref kind title publishedOn reach reviews { id } themes { code } } }`;

describe('Findings, recommendations and learning products over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
  });
  afterAll(() => api.close());

  // Parent records come straight from SQL so these tests stand alone from the reviews and audits APIs.
  const insertReview = async (partnershipId: string, title = 'LCSPR Child A', initiatedOn = '2024-05-01') => {
    const [row]: [{ id: string }] = await db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, $2, 'lcspr', $3, $4) RETURNING id`,
      [partnershipId, uniqueRef('R'), title, initiatedOn],
    );
    return row.id;
  };
  const insertAudit = async (partnershipId: string, title = 'Neglect thematic audit') => {
    const [row]: [{ id: string }] = await db.query(
      `INSERT INTO audits (partnership_id, ref, type, title, started_on) VALUES ($1, $2, 'thematic', $3, '2024-06-01') RETURNING id`,
      [partnershipId, uniqueRef('A'), title],
    );
    return row.id;
  };
  const themeIds = async (partnershipId: string): Promise<Record<string, string>> => {
    const rows: { id: string; code: string }[] = await db.query(`SELECT id, code FROM themes WHERE partnership_id = $1`, [
      partnershipId,
    ]);
    return Object.fromEntries(rows.map((r) => [r.code, r.id]));
  };
  const count = async (sql: string, params: unknown[]) => {
    const [row]: [{ n: number }] = await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  };

  describe('findings', () => {
    let pid: string;
    let reviewId: string;
    let auditId: string;
    let themes: Record<string, string>;

    beforeAll(async () => {
      pid = await createTestPartnership(api, 'Learning LSCP');
      reviewId = await insertReview(pid);
      auditId = await insertAudit(pid);
      themes = await themeIds(pid);
    });

    it('creates findings from a review and from an audit, with themes and their source', async () => {
      const { createFinding: fromReview } = await api.gql(CREATE_FINDING, {
        input: {
          reviewId,
          ref: 'F-1',
          kind: 'AREA_FOR_IMPROVEMENT',
          text: 'Information was not shared between health and police.',
          themeIds: [themes['information-sharing'], themes['domestic-abuse']],
        },
      });
      expect(fromReview).toMatchObject({
        partnershipId: pid,
        ref: 'F-1',
        kind: 'AREA_FOR_IMPROVEMENT',
        reviewId,
        auditId: null,
        review: { id: reviewId, title: 'LCSPR Child A' },
        audit: null,
      });
      expect(fromReview.themes.map((t: { code: string }) => t.code).sort()).toEqual(['domestic-abuse', 'information-sharing']);

      const { createFinding: fromAudit } = await api.gql(CREATE_FINDING, {
        input: { auditId, kind: 'GOOD_PRACTICE', text: 'Schools escalated concerns promptly.' },
      });
      expect(fromAudit).toMatchObject({ reviewId: null, auditId, audit: { id: auditId }, review: null, themes: [] });
      expect(fromAudit.ref).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('updates a finding, replacing its themes', async () => {
      const { createFinding: created } = await api.gql(CREATE_FINDING, {
        input: { reviewId, kind: 'GOOD_PRACTICE', text: 'Draft', themeIds: [themes['neglect']] },
      });
      const { updateFinding: updated } = await api.gql(UPDATE_FINDING, {
        id: created.id,
        input: { text: 'Practitioners showed professional curiosity.', themeIds: [themes['professional-curiosity']] },
      });
      expect(updated).toMatchObject({
        id: created.id,
        kind: 'GOOD_PRACTICE',
        text: 'Practitioners showed professional curiosity.',
        reviewId,
        themes: [{ code: 'professional-curiosity' }],
      });

      // Moving it to the audit: the old source is cleared with an explicit null.
      const { updateFinding: moved } = await api.gql(UPDATE_FINDING, {
        id: created.id,
        input: { reviewId: null, auditId },
      });
      expect(moved).toMatchObject({ reviewId: null, auditId, themes: [{ code: 'professional-curiosity' }] });
    });

    it('lists findings by partnership, source, kind and theme, and fetches one with its relations', async () => {
      const p = await createTestPartnership(api);
      const r = await insertReview(p);
      const a = await insertAudit(p);
      const t = await themeIds(p);
      const make = (input: Record<string, unknown>) => api.gql(CREATE_FINDING, { input });
      const f1 = (await make({ reviewId: r, kind: 'GOOD_PRACTICE', text: 'one', themeIds: [t['neglect']] })).createFinding;
      await make({ reviewId: r, kind: 'AREA_FOR_IMPROVEMENT', text: 'two', themeIds: [t['neglect'], t['voice-of-the-child']] });
      await make({ auditId: a, kind: 'AREA_FOR_IMPROVEMENT', text: 'three' });

      const list = async (filter: Record<string, unknown>) =>
        (
          await api.gql(`query($f: FindingFilter) { findings(filter: $f) { totalCount nodes { text themes { code } } } }`, {
            f: filter,
          })
        ).findings;
      expect((await list({ partnershipId: p })).nodes.map((n: { text: string }) => n.text)).toEqual(['three', 'two', 'one']);
      expect((await list({ reviewId: r })).totalCount).toBe(2);
      expect((await list({ auditId: a })).nodes).toEqual([{ text: 'three', themes: [] }]);
      expect((await list({ partnershipId: p, kind: 'AREA_FOR_IMPROVEMENT' })).totalCount).toBe(2);
      // Two findings share a theme: each still gets exactly its own theme set.
      const tagged = await list({ themeId: t['neglect'] });
      expect(tagged.nodes).toEqual([
        { text: 'two', themes: expect.arrayContaining([{ code: 'neglect' }, { code: 'voice-of-the-child' }]) },
        { text: 'one', themes: [{ code: 'neglect' }] },
      ]);
      expect(tagged.nodes[0].themes).toHaveLength(2);

      const { finding } = await api.gql(
        `query($id: ID!) { finding(id: $id) { text review { id findings { text } } recommendations { id } } }`,
        { id: f1.id },
      );
      expect(finding).toEqual({ text: 'one', review: { id: r, findings: [{ text: 'one' }, { text: 'two' }] }, recommendations: [] });
      const { finding: missing } = await api.gql(`query($id: ID!) { finding(id: $id) { id } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing).toBeNull();
    });

    it('pages through findings newest first, each once, even when created in the same instant', async () => {
      const p = await createTestPartnership(api);
      const r = await insertReview(p);
      // One statement: every row gets the same now(), down to the microsecond.
      await db.query(
        `INSERT INTO findings (partnership_id, ref, review_id, kind, text)
         SELECT $1, 'F-' || g, $2, 'good-practice', 'same instant ' || g FROM generate_series(1, 4) g`,
        [p, r],
      );
      await api.gql(CREATE_FINDING, { input: { reviewId: r, kind: 'GOOD_PRACTICE', text: 'later' } });
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { findings }: { findings: any } = await api.gql(
          `query($f: FindingFilter, $after: String) { findings(filter: $f, first: 2, after: $after) {
             totalCount nodes { text } pageInfo { hasNextPage endCursor } } }`,
          { f: { partnershipId: p }, after },
        );
        expect(findings.totalCount).toBe(5);
        seen.push(...findings.nodes.map((n: { text: string }) => n.text));
        after = findings.pageInfo.hasNextPage ? findings.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(seen[0]).toBe('later');
      expect([...seen].sort()).toEqual(['later', 'same instant 1', 'same instant 2', 'same instant 3', 'same instant 4']);
    });

    it('requires exactly one of reviewId and auditId, writing nothing', async () => {
      const p = await createTestPartnership(api);
      const r = await insertReview(p);
      const a = await insertAudit(p);
      for (const [source, problem] of [
        [{ reviewId: r, auditId: a }, { field: 'auditId', message: 'must be empty when a review is given: it comes from one review or one audit, not both' }],
        [{}, { field: 'reviewId', message: 'is required: give the review or the audit it comes from' }],
      ] as const) {
        const res = await api.raw(CREATE_FINDING, { input: { ...source, kind: 'GOOD_PRACTICE', text: 'x' } });
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.fields).toEqual([problem]);
      }
      const bad = await api.raw(CREATE_FINDING, { input: { reviewId: r, kind: 'GOOD_PRACTICE', text: '' } });
      expect(bad.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'text' })]);
      expect(await count('findings WHERE partnership_id = $1', [p])).toBe(0);
    });

    it('rejects a source or theme of another partnership and rolls back the whole write', async () => {
      const other = await createTestPartnership(api);
      const otherReview = await insertReview(other);
      const otherThemes = await themeIds(other);

      const foreignSource = await api.raw(CREATE_FINDING, { input: { reviewId: otherReview, kind: 'GOOD_PRACTICE', text: 'x' } });
      expect(foreignSource.errors).toBeUndefined(); // the finding simply belongs to the other partnership
      const p = await createTestPartnership(api);
      const r = await insertReview(p);
      const res = await api.raw(CREATE_FINDING, {
        input: { reviewId: r, kind: 'GOOD_PRACTICE', text: 'x', themeIds: [otherThemes['neglect']] },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('themeIds');
      expect(await count('findings WHERE partnership_id = $1', [p])).toBe(0);

      const { createFinding: f } = await api.gql(CREATE_FINDING, { input: { reviewId: r, kind: 'GOOD_PRACTICE', text: 'x' } });
      const move = await api.raw(UPDATE_FINDING, { id: f.id, input: { reviewId: otherReview } });
      expect(move.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'reviewId', message: 'must be a review of this partnership' },
      ]);
      const unknownAudit = await api.raw(CREATE_FINDING, {
        input: { auditId: '00000000-0000-4000-8000-000000000000', kind: 'GOOD_PRACTICE', text: 'x' },
      });
      expect(unknownAudit.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('auditId');
    });
  });

  describe('recommendations', () => {
    let pid: string;
    let reviewId: string;
    let auditId: string;
    let findingId: string;

    beforeAll(async () => {
      pid = await createTestPartnership(api, 'Recommendations LSCP');
      reviewId = await insertReview(pid);
      auditId = await insertAudit(pid);
      findingId = (
        await api.gql(CREATE_FINDING, { input: { reviewId, kind: 'AREA_FOR_IMPROVEMENT', text: 'Weak escalation.' } })
      ).createFinding.id;
    });

    it('creates, updates and fetches a recommendation with its review and finding', async () => {
      const { createRecommendation: created } = await api.gql(CREATE_RECOMMENDATION, {
        input: { reviewId, findingId, ref: 'REC-1', text: 'Refresh the escalation policy.' },
      });
      expect(created).toMatchObject({ ref: 'REC-1', reviewId, auditId: null, findingId });

      const { updateRecommendation: updated } = await api.gql(
        `mutation($id: ID!, $input: UpdateRecommendationInput!) { updateRecommendation(id: $id, input: $input) { text findingId } }`,
        { id: created.id, input: { text: 'Refresh and relaunch the escalation policy.' } },
      );
      expect(updated).toEqual({ text: 'Refresh and relaunch the escalation policy.', findingId });

      const { recommendation } = await api.gql(
        `query($id: ID!) { recommendation(id: $id) {
           text review { id recommendations { id } } audit { id } finding { id recommendations { ref } } } }`,
        { id: created.id },
      );
      expect(recommendation).toEqual({
        text: 'Refresh and relaunch the escalation policy.',
        review: { id: reviewId, recommendations: [{ id: created.id }] },
        audit: null,
        finding: { id: findingId, recommendations: [{ ref: 'REC-1' }] },
      });
    });

    it('lists recommendations by source and finding, and shows them on the audit', async () => {
      const { createFinding: auditFinding } = await api.gql(CREATE_FINDING, {
        input: { auditId, kind: 'AREA_FOR_IMPROVEMENT', text: 'Plans lacked outcomes.' },
      });
      await api.gql(CREATE_RECOMMENDATION, { input: { auditId, findingId: auditFinding.id, text: 'Use SMART outcomes.' } });
      await api.gql(CREATE_RECOMMENDATION, { input: { auditId, text: 'Re-audit in a year.' } });

      const list = async (filter: Record<string, unknown>) =>
        (await api.gql(`query($f: RecommendationFilter) { recommendations(filter: $f) { totalCount nodes { text } } }`, { f: filter }))
          .recommendations;
      expect(await list({ auditId })).toEqual({
        totalCount: 2,
        nodes: [{ text: 'Re-audit in a year.' }, { text: 'Use SMART outcomes.' }],
      });
      expect(await list({ findingId: auditFinding.id })).toEqual({ totalCount: 1, nodes: [{ text: 'Use SMART outcomes.' }] });
      expect((await list({ partnershipId: pid })).totalCount).toBeGreaterThanOrEqual(2);

      // The Audit type's learning fields, reached through a finding.
      const { finding } = await api.gql(
        `query($id: ID!) { finding(id: $id) { audit { findings { text } recommendations { text finding { text } } } } }`,
        { id: auditFinding.id },
      );
      expect(finding.audit).toEqual({
        findings: [{ text: 'Plans lacked outcomes.' }],
        recommendations: [
          { text: 'Use SMART outcomes.', finding: { text: 'Plans lacked outcomes.' } },
          { text: 'Re-audit in a year.', finding: null },
        ],
      });
    });

    it('requires the finding to come from the same review or audit', async () => {
      const otherReview = await insertReview(pid, 'Another review');
      const res = await api.raw(CREATE_RECOMMENDATION, { input: { reviewId: otherReview, findingId, text: 'x' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'findingId', message: 'must be a finding of the same review or audit as the recommendation' },
      ]);
      const both = await api.raw(CREATE_RECOMMENDATION, { input: { reviewId, auditId, text: 'x' } });
      expect(both.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('auditId');
      expect(await count('recommendations WHERE review_id = $1', [otherReview])).toBe(0);

      // A finding that recommendations answer cannot move away from their source.
      const move = await api.raw(UPDATE_FINDING, { id: findingId, input: { reviewId: otherReview } });
      expect(move.errors?.[0]?.extensions?.fields?.[0]).toEqual({
        field: 'reviewId',
        message: expect.stringMatching(/recommendation/),
      });
      const rec = (await api.gql(CREATE_RECOMMENDATION, { input: { reviewId, text: 'unlinked' } })).createRecommendation;
      const moveRec = await api.raw(
        `mutation($id: ID!, $input: UpdateRecommendationInput!) { updateRecommendation(id: $id, input: $input) { id } }`,
        { id: rec.id, input: { findingId, reviewId: otherReview } },
      );
      expect(moveRec.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('findingId');
    });
  });

  describe('learning products', () => {
    it('creates, updates, fetches and lists learning products with their reviews and themes', async () => {
      const pid = await createTestPartnership(api, 'Products LSCP');
      const r1 = await insertReview(pid, 'Review one', '2023-04-01');
      const r2 = await insertReview(pid, 'Review two', '2024-04-01');
      const t = await themeIds(pid);

      const { createLearningProduct: briefing } = await api.gql(CREATE_PRODUCT, {
        input: {
          partnershipId: pid,
          ref: 'LP-1',
          kind: 'SEVEN_MINUTE_BRIEFING',
          title: '7-minute briefing: Child A',
          publishedOn: '2024-09-01',
          reach: 250,
          reviewIds: [r1],
          themeIds: [t['neglect']],
        },
      });
      expect(briefing).toMatchObject({
        ref: 'LP-1',
        kind: 'SEVEN_MINUTE_BRIEFING',
        publishedOn: '2024-09-01',
        reach: 250,
        reviews: [{ id: r1 }],
        themes: [{ code: 'neglect' }],
      });
      const { createLearningProduct: event } = await api.gql(CREATE_PRODUCT, {
        input: { partnershipId: pid, kind: 'LEARNING_EVENT', title: 'Learning event', publishedOn: '2025-01-15', reviewIds: [r1, r2] },
      });
      expect(event).toMatchObject({ reach: null, reviews: [{ id: r1 }, { id: r2 }], themes: [] });

      const { updateLearningProduct: updated } = await api.gql(
        `mutation($id: ID!, $input: UpdateLearningProductInput!) { updateLearningProduct(id: $id, input: $input) {
           title reach reviews { id } themes { code } } }`,
        { id: briefing.id, input: { title: '7-minute briefing: Child A (revised)', reach: null, reviewIds: [r2], themeIds: [] } },
      );
      expect(updated).toEqual({ title: '7-minute briefing: Child A (revised)', reach: null, reviews: [{ id: r2 }], themes: [] });

      const list = async (filter: Record<string, unknown>) =>
        (
          await api.gql(`query($f: LearningProductFilter) { learningProducts(filter: $f) { totalCount nodes { ref kind } } }`, {
            f: filter,
          })
        ).learningProducts;
      expect((await list({ partnershipId: pid })).nodes.map((n: { kind: string }) => n.kind)).toEqual([
        'LEARNING_EVENT',
        'SEVEN_MINUTE_BRIEFING',
      ]);
      expect((await list({ partnershipId: pid, kind: 'SEVEN_MINUTE_BRIEFING' })).nodes).toEqual([
        { ref: 'LP-1', kind: 'SEVEN_MINUTE_BRIEFING' },
      ]);
      expect((await list({ partnershipId: pid, publishedFrom: '2024-04-01', publishedTo: '2024-12-31' })).totalCount).toBe(1);
      expect((await list({ reviewId: r1 })).nodes).toEqual([{ ref: event.ref, kind: 'LEARNING_EVENT' }]);
      expect((await list({ reviewId: r2 })).totalCount).toBe(2);
      await api.gql(`mutation($id: ID!, $input: UpdateLearningProductInput!) { updateLearningProduct(id: $id, input: $input) { id } }`, {
        id: event.id,
        input: { themeIds: [t['voice-of-the-child']] },
      });
      expect((await list({ themeId: t['voice-of-the-child'] })).nodes).toEqual([{ ref: event.ref, kind: 'LEARNING_EVENT' }]);

      // Review.learningProducts, reached through a product's reviews.
      const { learningProduct } = await api.gql(
        `query($id: ID!) { learningProduct(id: $id) { title reviews { title learningProducts { ref } } } }`,
        { id: event.id },
      );
      expect(learningProduct).toEqual({
        title: 'Learning event',
        reviews: [
          { title: 'Review one', learningProducts: [{ ref: event.ref }] },
          { title: 'Review two', learningProducts: [{ ref: event.ref }, { ref: 'LP-1' }] },
        ],
      });
    });

    it('pages through learning products by publication date', async () => {
      const pid = await createTestPartnership(api);
      const dates = ['2024-05-01', '2024-04-01', '2024-04-01', '2024-03-01', '2024-02-01'];
      for (const [i, publishedOn] of dates.entries()) {
        await api.gql(CREATE_PRODUCT, {
          input: { partnershipId: pid, ref: `LP-${i}`, kind: 'NEWSLETTER_ITEM', title: `Item ${i}`, publishedOn },
        });
      }
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { learningProducts }: { learningProducts: any } = await api.gql(
          `query($f: LearningProductFilter, $after: String) { learningProducts(filter: $f, first: 2, after: $after) {
             totalCount nodes { publishedOn } pageInfo { hasNextPage endCursor } } }`,
          { f: { partnershipId: pid }, after },
        );
        expect(learningProducts.totalCount).toBe(5);
        seen.push(...learningProducts.nodes.map((n: { publishedOn: string }) => n.publishedOn));
        after = learningProducts.pageInfo.hasNextPage ? learningProducts.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(dates);
    });

    it('rejects reviews of another partnership and bad values, writing nothing', async () => {
      const pid = await createTestPartnership(api);
      const other = await createTestPartnership(api);
      const foreignReview = await insertReview(other);
      const res = await api.raw(CREATE_PRODUCT, {
        input: { partnershipId: pid, kind: 'WEBINAR', title: 'Webinar', publishedOn: '2024-05-01', reviewIds: [foreignReview] },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'reviewIds', message: `holds reviews not in this partnership: ${foreignReview}` },
      ]);
      const bad = await api.raw(CREATE_PRODUCT, {
        input: { partnershipId: pid, kind: 'WEBINAR', title: '', publishedOn: '2024-05-01', reach: -1 },
      });
      expect(bad.errors?.[0]?.extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'reach' })]),
      );
      const badDate = await api.raw(CREATE_PRODUCT, {
        input: { partnershipId: pid, kind: 'WEBINAR', title: 'Webinar', publishedOn: '2024-02-30' },
      });
      expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
      expect(await count('learning_products WHERE partnership_id = $1', [pid])).toBe(0);
      expect(await count('learning_product_reviews WHERE review_id = $1', [foreignReview])).toBe(0);
    });
  });
});
