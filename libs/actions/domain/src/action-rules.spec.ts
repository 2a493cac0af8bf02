import { actionProblems, planStatusChange, signOffProblems, type ActionState } from './action-rules';

const state = (over: Partial<ActionState> = {}): ActionState => ({
  status: 'in-progress',
  completedOn: null,
  cancelledOn: null,
  impactEvidence: null,
  signedOffOn: null,
  signedOffBy: null,
  ...over,
});
const TODAY = '2026-12-06';
const fields = (r: { problems: { field: string }[] }) => r.problems.map((p) => p.field);

describe(planStatusChange.name, () => {
  it('refuses a change to the same status, in words', () => {
    const r = planStatusChange(state(), { status: 'in-progress' }, TODAY);
    expect(r.problems).toEqual([{ field: 'status', message: 'is already in progress' }]);
  });

  it('requires a completion date to complete, and takes the one given', () => {
    expect(planStatusChange(state(), { status: 'completed' }, TODAY).problems).toEqual([
      { field: 'completedOn', message: 'is required when the status is completed' },
    ]);
    const r = planStatusChange(state(), { status: 'completed', completedOn: '2025-01-10' }, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.next).toMatchObject({ status: 'completed', completedOn: '2025-01-10' });
  });

  it('refuses a completion date in the future (it would count the action complete today); today itself is fine', () => {
    expect(planStatusChange(state(), { status: 'completed', completedOn: '2026-12-07' }, TODAY).problems).toEqual([
      { field: 'completedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
    expect(planStatusChange(state(), { status: 'completed', completedOn: TODAY }, TODAY).problems).toEqual([]);
  });

  it('requires impact evidence for impact evidenced, keeping an earlier completion date', () => {
    const done = state({ status: 'completed', completedOn: '2025-01-10' });
    expect(fields(planStatusChange(done, { status: 'impact-evidenced' }, TODAY))).toEqual(['impactEvidence']);
    const r = planStatusChange(done, { status: 'impact-evidenced', impactEvidence: 'Audit shows change' }, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.next).toMatchObject({ completedOn: '2025-01-10', impactEvidence: 'Audit shows change' });
  });

  it('clears the completion date and sign-off when reopened', () => {
    const done = state({ status: 'completed', completedOn: '2025-01-10', signedOffOn: '2025-02-01', signedOffBy: 'Board' });
    const r = planStatusChange(done, { status: 'in-progress' }, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.next).toMatchObject({ completedOn: null, signedOffOn: null, signedOffBy: null });
  });

  it('keeps the sign-off when cancelled, and refuses a completion date on it', () => {
    const done = state({ status: 'completed', completedOn: '2025-01-10', signedOffOn: '2025-02-01', signedOffBy: 'Board' });
    expect(planStatusChange(done, { status: 'cancelled' }, TODAY).next).toMatchObject({ completedOn: null, signedOffBy: 'Board' });
    expect(planStatusChange(state(), { status: 'cancelled', completedOn: '2025-01-10' }, TODAY).problems).toEqual([
      { field: 'completedOn', message: 'must be empty when the status is cancelled' },
    ]);
  });

  it('records today as the cancellation date, and forgets it when reinstated', () => {
    const cancelled = planStatusChange(state(), { status: 'cancelled' }, TODAY);
    expect(cancelled.problems).toEqual([]);
    expect(cancelled.next).toMatchObject({ status: 'cancelled', cancelledOn: TODAY });
    const reinstated = planStatusChange(cancelled.next, { status: 'in-progress' }, TODAY);
    expect(reinstated.next).toMatchObject({ status: 'in-progress', cancelledOn: null });
  });
});

describe(actionProblems.name, () => {
  const action = { status: 'not-started' as const, completedOn: null, impactEvidence: null };

  it('matches the completion fields to the status', () => {
    expect(actionProblems(action, TODAY)).toEqual([]);
    expect(actionProblems({ ...action, completedOn: '2025-01-01' }, TODAY)).toEqual([
      { field: 'completedOn', message: 'must be empty when the status is not started' },
    ]);
    expect(actionProblems({ ...action, status: 'impact-evidenced' }, TODAY)).toEqual([
      { field: 'completedOn', message: 'is required when the status is impact evidenced' },
      { field: 'impactEvidence', message: 'is required when the status is impact evidenced' },
    ]);
  });

  it('keeps a cancellation date to cancelled actions, and a leap day counts like any other', () => {
    expect(actionProblems({ ...action, cancelledOn: '2024-02-29' }, TODAY)).toEqual([
      { field: 'cancelledOn', message: 'must be empty when the status is not started' },
    ]);
    expect(actionProblems({ ...action, status: 'cancelled', cancelledOn: '2024-02-29' }, TODAY)).toEqual([]);
    expect(actionProblems({ ...action, status: 'completed', completedOn: '2028-02-29' }, '2028-02-28')).toEqual([
      { field: 'completedOn', message: 'cannot be in the future (today is 28 February 2028)' },
    ]);
  });
});

describe(signOffProblems.name, () => {
  it('signs off only a complete or cancelled action, on or after completion and not in the future', () => {
    expect(signOffProblems({ status: 'in-progress', completedOn: null }, '2025-01-01', TODAY)).toEqual([
      { field: 'signedOffOn', message: 'is only for a complete or cancelled action: this one is in progress' },
    ]);
    expect(signOffProblems({ status: 'completed', completedOn: '2025-01-10' }, '2025-01-09', TODAY)).toEqual([
      { field: 'signedOffOn', message: 'must be on or after the completion date (10 January 2025)' },
    ]);
    expect(signOffProblems({ status: 'completed', completedOn: '2025-01-10' }, '2026-12-07', TODAY)).toEqual([
      { field: 'signedOffOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
    expect(signOffProblems({ status: 'cancelled', completedOn: null }, TODAY, TODAY)).toEqual([]);
  });
});
