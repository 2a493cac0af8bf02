import { ImportService } from '@sli/exchange-api';
import type { Bundle } from '@sli/exchange-domain';
import { generateBundle } from '@sli/seed';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { DataSource, type QueryRunner } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type GraphQLResponse, type TestApi } from './harness';

const AS_OF = '2026-03-31';

const MEASURE_LINE = `id name kind result { id } strategy { id } analysis(asOf: $asOf) { latest { label value } status trend { direction periods judgement } }`;
const HIERARCHY = `query($pid: ID!, $asOf: Date!) { obaResults(partnershipId: $pid) {
  id ref title population position partners { id name }
  indicators { ${MEASURE_LINE} }
  strategies { id ref title resultId position partners { id name } measures { ${MEASURE_LINE} }
    actions { id ref title dueOn status brag(asOf: $asOf) ownerAgency { name } } } } }`;
const HIERARCHY_ONLY = `query($pid: ID!) { obaResults(partnershipId: $pid) {
  id partners { id } indicators { id kind result { id } strategy { id } }
  strategies { id partners { id } measures { id result { id } strategy { id } } actions { id status ownerAgency { name } } } } }`;

const CREATE_RESULT = `mutation($i: CreateObaResultInput!) { createObaResult(input: $i) { id ref title population position } }`;
const UPDATE_RESULT = `mutation($id: ID!, $i: UpdateObaResultInput!) { updateObaResult(id: $id, input: $i) { id title position } }`;
const DELETE_RESULT = `mutation($id: ID!) { deleteObaResult(id: $id) }`;
const CREATE_STRATEGY = `mutation($i: CreateObaStrategyInput!) { createObaStrategy(input: $i) {
  id ref resultId position partners { id } actions { id } result { id } } }`;
const UPDATE_STRATEGY = `mutation($id: ID!, $i: UpdateObaStrategyInput!) { updateObaStrategy(id: $id, input: $i) { id resultId title } }`;
const DELETE_STRATEGY = `mutation($id: ID!) { deleteObaStrategy(id: $id) }`;
const SET_PARTNERS = `mutation($s: ID!, $ids: [ID!]!) { setObaStrategyPartners(strategyId: $s, agencyIds: $ids) { id partners { id } } }`;
const SET_ACTIONS = `mutation($s: ID!, $ids: [ID!]!) { setObaStrategyActions(strategyId: $s, actionIds: $ids) { id actions { id } } }`;
const PLACE = `mutation($m: ID!, $i: SetMeasurePlaceInput!) { setMeasurePlace(measureId: $m, input: $i) {
  id kind resultId strategyId result { id } strategy { id } } }`;

/** Replaces every partnership ref `from` with `to`, deeply: the demo imported under a ref no other test uses. */
function renamePartnership<T>(doc: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(doc), (key, value) => ((key === 'partnership' || key === 'ref') && value === from ? to : value)) as T;
}

const fieldsOf = (res: GraphQLResponse<unknown>) => {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (res.errors?.[0]?.extensions?.fields ?? []).map((p) => p.field);
};
const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;

describe('OBA results hierarchy over GraphQL', () => {
  let api: TestApi;
  let demoId: string;
  let statements = 0;

  beforeAll(async () => {
    api = await startTestApi();
    const demo: Bundle = generateBundle({ seed: 2026, partnerships: 1, years: 2, lastYearStart: 2025 });
    const ref = uniqueRef('OBA');
    const bundle = renamePartnership(demo, demo.partnerships[0]?.ref ?? '', ref);
    await runInScope(cliScope('test'), () => api.app.get(ImportService).importBundle(bundle));
    const [row] = (await api.db.query(`SELECT id FROM partnerships WHERE ref = $1`, [ref])) as { id: string }[];
    demoId = row?.id ?? '';
    await api.joinPartnerships([demoId]);

    // Counts every statement the API sends (both drivers go through TypeORM's PostgreSQL query runner).
    const runner: QueryRunner = api.app.get(DataSource).createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const original = proto.query;
    jest.spyOn(proto, 'query').mockImplementation(function (this: unknown, ...args: unknown[]) {
      statements++;
      return original.apply(this, args);
    });
  }, 180_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
  });

  describe('on the imported demo (a children’s partnership)', () => {
    it('reads results in order, each with indicators, strategies, partners, performance measures and actions', async () => {
      const { obaResults } = await api.gql(HIERARCHY, { pid: demoId, asOf: AS_OF });
      expect(obaResults.map((r: any) => r.title)).toEqual([
        'Children are safe from abuse and neglect',
        'Children living with domestic abuse are protected and supported',
      ]);
      expect(obaResults.map((r: any) => r.position)).toEqual([0, 1]);
      const [safe] = obaResults;
      expect(safe.population).toMatch(/^Children and young people living in /);

      // Indicators: population-level measures of this result, with their latest value.
      const indicators = safe.indicators.map((m: any) => m.name);
      expect(indicators).toEqual(expect.arrayContaining(["Re-referrals to children's social care within 12 months", 'Serious incident notifications']));
      for (const m of safe.indicators) expect(m).toMatchObject({ kind: 'INDICATOR', result: { id: safe.id }, strategy: null });
      const reReferrals = safe.indicators.find((m: any) => m.name.startsWith('Re-referrals'));
      expect(reReferrals.analysis.latest).toMatchObject({ label: expect.stringMatching(/^2025\/26 Q4$/), value: expect.any(Number) });
      expect(['ON_TARGET', 'OFF_TARGET']).toContain(reReferrals.analysis.status);

      expect(safe.strategies.map((s: any) => s.title)).toEqual([
        'Help families early, before problems escalate',
        'Timely, joined-up child protection',
        'Learn from serious incidents and act on what we learn',
      ]);
      const partnerIds = new Set<string>();
      for (const s of safe.strategies) {
        expect(s.resultId).toBe(safe.id);
        expect(s.partners.length).toBeGreaterThanOrEqual(2);
        expect(s.partners.length).toBeLessThanOrEqual(4);
        s.partners.forEach((p: any) => partnerIds.add(p.id));
        expect(s.actions.length).toBeGreaterThanOrEqual(2);
        expect(s.actions.length).toBeLessThanOrEqual(5);
        for (const a of s.actions) expect(a).toMatchObject({ status: expect.any(String), dueOn: expect.any(String), ownerAgency: { name: expect.any(String) } });
        const dues = s.actions.map((a: any) => a.dueOn);
        expect(dues).toEqual([...dues].sort());
        for (const m of s.measures) expect(m).toMatchObject({ kind: 'PERFORMANCE_MEASURE', strategy: { id: s.id }, result: { id: safe.id } });
      }
      // A result's partners are the union of its strategies' partners, by name.
      expect(new Set(safe.partners.map((p: any) => p.id))).toEqual(partnerIds);
      const names = safe.partners.map((p: any) => p.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en-GB')));
      const cp = safe.strategies[1];
      expect(cp.measures.map((m: any) => m.name)).toEqual(
        expect.arrayContaining(['Initial child protection conferences within 15 working days of the strategy discussion']),
      );
    });

    it('reads the whole hierarchy in a fixed number of statements, however many results and strategies', async () => {
      statements = 0;
      const { obaResults } = await api.gql(HIERARCHY_ONLY, { pid: demoId });
      const strategies = obaResults.flatMap((r: any) => r.strategies).length;
      const actions = obaResults.flatMap((r: any) => r.strategies.flatMap((s: any) => s.actions)).length;
      expect(strategies).toBeGreaterThanOrEqual(4);
      expect(actions).toBeGreaterThanOrEqual(8);
      process.stderr.write(`oba-results: ${obaResults.length} results, ${strategies} strategies, ${actions} actions read in ${statements} statements\n`);
      // Per level: results, indicators, strategies, partner links (strategies and results), agencies,
      // measures, action links, actions, owner agencies, results and strategies of measures; plus
      // sign-in and scope bookkeeping. Well below one statement per strategy or action.
      expect(statements).toBeLessThanOrEqual(20);

      // With every measure's analysis (the dashboard's query). The hierarchy stays at the count above; the
      // analysis (analytics' ObaAnalysisService) still computes a computed measure's series on its own,
      // a few statements per computed measure: this bound records that cost so a regression shows.
      statements = 0;
      await api.gql(HIERARCHY, { pid: demoId, asOf: AS_OF });
      process.stderr.write(`oba-results: the hierarchy with every measure's analysis in ${statements} statements\n`);
      expect(statements).toBeLessThanOrEqual(80);
    });

    it('places every demo measure in exactly one spot: an indicator of a result or a performance measure of a strategy', async () => {
      const { measures } = await api.gql(`query($f: MeasureFilter) { measures(filter: $f, first: 100) { nodes { name kind resultId strategyId } } }`, {
        f: { partnershipId: demoId },
      });
      for (const m of measures.nodes) {
        if (m.kind === 'INDICATOR') expect(m.strategyId).toBeNull();
        else expect(m.resultId).toBeNull();
      }
      expect(measures.nodes.some((m: any) => m.resultId === null && m.strategyId === null)).toBe(false);
    });
  });

  describe('admin mutations', () => {
    let A: string;
    let B: string;
    const agencies: Record<string, string> = {};
    const actions: Record<string, string> = {};

    const setUp = async (pid: string, key: string) => {
      for (const [name, sector] of [['Police', 'POLICE'], ['ICB', 'HEALTH'], ['Children’s Services', 'CHILDRENS_SOCIAL_CARE']] as const) {
        const { createAgency } = await api.gql(`mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, {
          i: { partnershipId: pid, name: `${key} ${name}`, sector },
        });
        agencies[`${key}-${sector}`] = createAgency.id;
      }
      const { createReview } = await api.gql(`mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }`, {
        i: { partnershipId: pid, ref: uniqueRef('R'), type: 'LCSPR', title: `${key} review`, initiatedOn: '2025-05-01' },
      });
      for (const [n, due] of [['1', '2026-06-30'], ['2', '2026-01-31'], ['3', '2026-09-30']] as const) {
        const { createAction } = await api.gql(`mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
          i: { partnershipId: pid, ref: uniqueRef(`ACT${n}`), title: `${key} action ${n}`, reviewId: createReview.id, ownerAgencyId: agencies[`${key}-POLICE`], dueOn: due },
        });
        actions[`${key}${n}`] = createAction.id;
      }
    };
    const createMeasure = async (pid: string, name: string) =>
      (
        await api.gql(`mutation($i: CreateMeasureInput!) { createMeasure(input: $i) { id kind resultId strategyId } }`, {
          i: { partnershipId: pid, name, quadrant: 'BETTER_OFF', polarity: 'LOWER_IS_BETTER', unit: 'PERCENT', periodicity: 'QUARTER', source: 'ENTERED' },
        })
      ).createMeasure;

    beforeAll(async () => {
      A = await createTestPartnership(api, 'Results A');
      B = await createTestPartnership(api, 'Results B');
      await setUp(A, 'A');
      await setUp(B, 'B');
    });

    it('creates results in order and refuses a duplicate ref, naming the field', async () => {
      const first = (await api.gql(CREATE_RESULT, { i: { partnershipId: A, ref: 'RES-SAFE', title: 'Children are safe', population: 'Children in A' } }))
        .createObaResult;
      const second = (await api.gql(CREATE_RESULT, { i: { partnershipId: A, ref: 'RES-HEALTHY', title: 'Children are healthy' } })).createObaResult;
      expect([first.position, second.position]).toEqual([0, 1]);
      expect(first).toMatchObject({ ref: 'RES-SAFE', population: 'Children in A' });

      const dup = await api.raw(CREATE_RESULT, { i: { partnershipId: A, ref: 'RES-SAFE', title: 'Again' } });
      expect(fieldsOf(dup)).toEqual(['ref']);
      expect(dup.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('is already used by another result of this partnership');
      // The same ref in another partnership is fine.
      await api.gql(CREATE_RESULT, { i: { partnershipId: B, ref: 'RES-SAFE', title: 'Adults are safe' } });

      const blank = await api.raw(UPDATE_RESULT, { id: first.id, i: { title: null } });
      expect(fieldsOf(blank)).toEqual(['title']);
      const moved = (await api.gql(UPDATE_RESULT, { id: second.id, i: { position: 0 } })).updateObaResult;
      expect(moved.position).toBe(0);
      await api.gql(UPDATE_RESULT, { id: second.id, i: { position: 5 } });
      const { obaResults } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { ref } }`, { pid: A });
      expect(obaResults.map((r: any) => r.ref)).toEqual(['RES-SAFE', 'RES-HEALTHY']);
    });

    it('refuses a strategy of another partnership’s result, partners or actions, naming every field, and writes nothing', async () => {
      const { obaResults: inB } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id } }`, { pid: B });
      const before = (await api.db.query(`SELECT count(*)::int AS n FROM oba_strategies WHERE partnership_id = $1`, [A]))[0].n;
      const res = await api.raw(CREATE_STRATEGY, {
        i: {
          partnershipId: A,
          resultId: inB[0].id,
          ref: 'STR-X',
          title: 'Borrowed result',
          partnerAgencyIds: [agencies['A-POLICE'], agencies['B-POLICE'], agencies['A-POLICE']],
          actionIds: [actions['B1']],
        },
      });
      expect(fieldsOf(res)).toEqual(['resultId', 'partnerAgencyIds[1]', 'partnerAgencyIds[2]', 'actionIds[0]']);
      const problems = res.errors?.[0]?.extensions?.fields ?? [];
      expect(problems[0]).toEqual({ field: 'resultId', message: 'must be a result of this partnership' });
      expect(problems).toContainEqual({ field: 'actionIds[0]', message: 'must be an action of this partnership' });
      expect((await api.db.query(`SELECT count(*)::int AS n FROM oba_strategies WHERE partnership_id = $1`, [A]))[0].n).toBe(before);
    });

    it('creates a strategy with partners and actions, sets them again, and moves it with its performance measures', async () => {
      const { obaResults } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id ref } }`, { pid: A });
      const [safe, healthy] = obaResults;
      const strategy = (
        await api.gql(CREATE_STRATEGY, {
          i: { partnershipId: A, resultId: safe.id, ref: 'STR-FRONT-DOOR', title: 'Think family at the front door', partnerAgencyIds: [agencies['A-POLICE'], agencies['A-HEALTH']], actionIds: [actions['A1'], actions['A2']] },
        })
      ).createObaStrategy;
      expect(strategy).toMatchObject({ resultId: safe.id, position: 0, result: { id: safe.id } });
      expect(strategy.partners.map((p: any) => p.id).sort()).toEqual([agencies['A-POLICE'], agencies['A-HEALTH']].sort());
      // Actions by due date: A2 is due first.
      expect(strategy.actions.map((a: any) => a.id)).toEqual([actions['A2'], actions['A1']]);

      const dupRef = await api.raw(CREATE_STRATEGY, { i: { partnershipId: A, resultId: safe.id, ref: 'STR-FRONT-DOOR', title: 'Again' } });
      expect(fieldsOf(dupRef)).toEqual(['ref']);

      const partners = (await api.gql(SET_PARTNERS, { s: strategy.id, ids: [agencies['A-CHILDRENS_SOCIAL_CARE']] })).setObaStrategyPartners;
      expect(partners.partners).toEqual([{ id: agencies['A-CHILDRENS_SOCIAL_CARE'] }]);
      const foreign = await api.raw(SET_PARTNERS, { s: strategy.id, ids: [agencies['A-POLICE'], agencies['B-HEALTH']] });
      expect(fieldsOf(foreign)).toEqual(['agencyIds[1]']);
      const repeated = await api.raw(SET_ACTIONS, { s: strategy.id, ids: [actions['A3'], actions['A3']] });
      expect(fieldsOf(repeated)).toEqual(['actionIds[1]']);
      const set = (await api.gql(SET_ACTIONS, { s: strategy.id, ids: [actions['A3']] })).setObaStrategyActions;
      expect(set.actions).toEqual([{ id: actions['A3'] }]);

      // A performance measure reaches its result through its strategy, and follows it when it moves.
      const measure = await createMeasure(A, 'Contacts with a think-family conversation');
      expect(measure).toMatchObject({ kind: 'PERFORMANCE_MEASURE', resultId: null, strategyId: null });
      const placed = (await api.gql(PLACE, { m: measure.id, i: { kind: 'PERFORMANCE_MEASURE', strategyId: strategy.id } })).setMeasurePlace;
      expect(placed).toMatchObject({ strategyId: strategy.id, resultId: null, result: { id: safe.id }, strategy: { id: strategy.id } });
      await api.gql(UPDATE_STRATEGY, { id: strategy.id, i: { resultId: healthy.id } });
      const { measure: after } = await api.gql(`query($id: ID!) { measure(id: $id) { result { id } strategy { id } } }`, { id: measure.id });
      expect(after).toEqual({ result: { id: healthy.id }, strategy: { id: strategy.id } });

      const { obaResults: B_results } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id } }`, { pid: B });
      const moveAway = await api.raw(UPDATE_STRATEGY, { id: strategy.id, i: { resultId: B_results[0].id } });
      expect(fieldsOf(moveAway)).toEqual(['resultId']);
    });

    it('places measures by kind, naming the field a kind cannot have', async () => {
      const { obaResults } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id strategies { id } indicators { id } } }`, { pid: A });
      const safe = obaResults.find((r: any) => r.strategies.length === 0) ?? obaResults[0];
      const strategyId = obaResults.flatMap((r: any) => r.strategies)[0].id;
      const measure = await createMeasure(A, 'Children subject to a plan for a second time');

      const placedIds = async (placed: boolean) =>
        (await api.gql(`query($f: MeasureFilter) { measures(filter: $f, first: 500) { nodes { id } } }`, { f: { partnershipId: A, placed } })).measures.nodes.map(
          (n: any) => n.id,
        );
      // "Not linked to a result" on the dashboard: measures with neither a result nor a strategy.
      expect(await placedIds(false)).toContain(measure.id);
      expect(await placedIds(true)).not.toContain(measure.id);

      const withStrategy = await api.raw(PLACE, { m: measure.id, i: { kind: 'INDICATOR', resultId: safe.id, strategyId } });
      expect(fieldsOf(withStrategy)).toEqual(['strategyId']);
      const withResult = await api.raw(PLACE, { m: measure.id, i: { kind: 'PERFORMANCE_MEASURE', resultId: safe.id } });
      expect(fieldsOf(withResult)).toEqual(['resultId']);
      const { obaResults: inB } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id } }`, { pid: B });
      const foreign = await api.raw(PLACE, { m: measure.id, i: { kind: 'INDICATOR', resultId: inB[0].id } });
      expect(fieldsOf(foreign)).toEqual(['resultId']);

      const indicator = (await api.gql(PLACE, { m: measure.id, i: { kind: 'INDICATOR', resultId: safe.id } })).setMeasurePlace;
      expect(indicator).toMatchObject({ kind: 'INDICATOR', resultId: safe.id, strategyId: null, result: { id: safe.id }, strategy: null });
      const { obaResults: again } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id indicators { id } } }`, { pid: A });
      expect(again.find((r: any) => r.id === safe.id).indicators).toContainEqual({ id: measure.id });
      expect(await placedIds(true)).toContain(measure.id);
      expect(await placedIds(false)).not.toContain(measure.id);
    });

    it('deletes a strategy (its measures stay, unlinked) and then its result, not before', async () => {
      const { obaResults } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id strategies { id measures { id } } } }`, { pid: A });
      const owner = obaResults.find((r: any) => r.strategies.length > 0);
      const strategy = owner.strategies[0];
      const refused = await api.raw(DELETE_RESULT, { id: owner.id });
      expect(fieldsOf(refused)).toEqual(['id']);
      expect(refused.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('has 1 strategy: move them to another result or delete them first');

      expect((await api.gql(DELETE_STRATEGY, { id: strategy.id })).deleteObaStrategy).toBe(strategy.id);
      const measureId = strategy.measures[0].id;
      const { measure } = await api.gql(`query($id: ID!) { measure(id: $id) { kind strategyId result { id } } }`, { id: measureId });
      expect(measure).toEqual({ kind: 'PERFORMANCE_MEASURE', strategyId: null, result: null });
      const links = await api.db.query(`SELECT count(*)::int AS n FROM oba_strategy_actions WHERE strategy_id = $1`, [strategy.id]);
      expect(links[0].n).toBe(0);

      expect((await api.gql(DELETE_RESULT, { id: owner.id })).deleteObaResult).toBe(owner.id);
      const gone = await api.raw(UPDATE_RESULT, { id: owner.id, i: { title: 'Back' } });
      expect(codeOf(gone)).toBe('NOT_FOUND');
    });

    it('isolates partnerships: another partnership’s admin can neither see nor change them; a board member only reads', async () => {
      const { obaResults } = await api.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id strategies { id } indicators { id } } }`, { pid: A });
      const result = obaResults[0];
      const strategy = (
        await api.gql(CREATE_STRATEGY, { i: { partnershipId: A, resultId: result.id, title: 'Isolation check', partnerAgencyIds: [agencies['A-POLICE']] } })
      ).createObaStrategy;
      const measure = await createMeasure(A, 'Isolation measure');

      const outsider = await api.as('admin', { partnershipIds: [B] });
      const read = await outsider.raw(`query($pid: ID!) { obaResults(partnershipId: $pid) { id } }`, { pid: A });
      expect(codeOf(read)).toBe('FORBIDDEN');
      expect(codeOf(await outsider.raw(UPDATE_RESULT, { id: result.id, i: { title: 'Taken over' } }))).toBe('NOT_FOUND');
      expect(codeOf(await outsider.raw(DELETE_STRATEGY, { id: strategy.id }))).toBe('NOT_FOUND');
      expect(codeOf(await outsider.raw(SET_PARTNERS, { s: strategy.id, ids: [] }))).toBe('NOT_FOUND');
      expect(codeOf(await outsider.raw(PLACE, { m: measure.id, i: { kind: 'INDICATOR' } }))).toBe('NOT_FOUND');
      const create = await outsider.raw(CREATE_STRATEGY, { i: { partnershipId: A, resultId: result.id, title: 'Sneaky' } });
      expect(codeOf(create)).toBe('FORBIDDEN');
      // Their own partnership's strategy cannot borrow A's result either: to them it does not exist.
      const own = await outsider.raw(CREATE_STRATEGY, { i: { partnershipId: B, resultId: result.id, title: 'Sneaky' } });
      expect(fieldsOf(own)).toEqual(['resultId']);
      const { obaResults: theirs } = await outsider.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id strategies { id } } }`, { pid: B });
      expect(theirs.every((r: any) => r.id !== result.id)).toBe(true);
      const after = await api.gql(`query($id: ID!) { measure(id: $id) { kind } }`, { id: measure.id });
      expect(after.measure.kind).toBe('PERFORMANCE_MEASURE');

      const board = await api.as('board-member', { partnershipIds: [A] });
      const seen = await board.gql(`query($pid: ID!) { obaResults(partnershipId: $pid) { id strategies { partners { id } } } }`, { pid: A });
      expect(seen.obaResults.map((r: any) => r.id)).toContain(result.id);
      expect(codeOf(await board.raw(UPDATE_RESULT, { id: result.id, i: { title: 'Board edit' } }))).toBe('FORBIDDEN');
    });
  });
});
