import { ActionStatus } from './action.enums';
import { completionProblems, planStatusChange, sourceProblems, type ActionState } from './action-rules';

const state = (over: Partial<ActionState> = {}): ActionState => ({
  status: ActionStatus.IN_PROGRESS,
  completedOn: null,
  cancelledOn: null,
  impactEvidence: null,
  signedOffOn: null,
  signedOffBy: null,
  ...over,
});
const TODAY = '2026-12-06';
const fields = (r: { problems: { field: string }[] }) => r.problems.map((p) => p.field);

describe('planStatusChange', () => {
  it('refuses a change to the same status', () => {
    const r = planStatusChange(state(), { status: ActionStatus.IN_PROGRESS }, TODAY);
    expect(r.problems).toEqual([{ field: 'status', message: 'is already IN_PROGRESS' }]);
  });

  it('requires a completion date to complete, and takes the one given', () => {
    expect(fields(planStatusChange(state(), { status: ActionStatus.COMPLETED }, TODAY))).toEqual(['completedOn']);
    const r = planStatusChange(state(), { status: ActionStatus.COMPLETED, completedOn: '2025-01-10' }, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.next).toMatchObject({ status: ActionStatus.COMPLETED, completedOn: '2025-01-10' });
  });

  it('requires impact evidence for IMPACT_EVIDENCED, keeping an earlier completion date', () => {
    const done = state({ status: ActionStatus.COMPLETED, completedOn: '2025-01-10' });
    expect(fields(planStatusChange(done, { status: ActionStatus.IMPACT_EVIDENCED }, TODAY))).toEqual(['impactEvidence']);
    const r = planStatusChange(done, { status: ActionStatus.IMPACT_EVIDENCED, impactEvidence: 'Audit shows change' }, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.next).toMatchObject({ completedOn: '2025-01-10', impactEvidence: 'Audit shows change' });
  });

  it('clears the completion date and sign-off when reopened', () => {
    const done = state({ status: ActionStatus.COMPLETED, completedOn: '2025-01-10', signedOffOn: '2025-02-01', signedOffBy: 'Board' });
    const r = planStatusChange(done, { status: ActionStatus.IN_PROGRESS }, TODAY);
    expect(r.problems).toEqual([]);
    expect(r.next).toMatchObject({ completedOn: null, signedOffOn: null, signedOffBy: null });
  });

  it('keeps the sign-off when cancelled, and refuses a completion date on it', () => {
    const done = state({ status: ActionStatus.COMPLETED, completedOn: '2025-01-10', signedOffOn: '2025-02-01', signedOffBy: 'Board' });
    expect(planStatusChange(done, { status: ActionStatus.CANCELLED }, TODAY).next).toMatchObject({ completedOn: null, signedOffBy: 'Board' });
    expect(fields(planStatusChange(state(), { status: ActionStatus.CANCELLED, completedOn: '2025-01-10' }, TODAY))).toEqual(['completedOn']);
  });
});

describe('sourceProblems and completionProblems', () => {
  it('wants exactly one of reviewId and auditId', () => {
    expect(sourceProblems('r', null)).toEqual([]);
    expect(sourceProblems(null, 'a')).toEqual([]);
    expect(sourceProblems(null, undefined)).toHaveLength(1);
    expect(sourceProblems('r', 'a')).toHaveLength(1);
  });

  it('matches the completion fields to the status', () => {
    expect(completionProblems(ActionStatus.NOT_STARTED, null, null)).toEqual([]);
    expect(completionProblems(ActionStatus.NOT_STARTED, '2025-01-01', null)).toHaveLength(1);
    expect(completionProblems(ActionStatus.IMPACT_EVIDENCED, null, null).map((p) => p.field)).toEqual(['completedOn', 'impactEvidence']);
  });

  it('records today as the cancellation date, and forgets it when reinstated', () => {
    const cancelled = planStatusChange(state(), { status: ActionStatus.CANCELLED }, TODAY);
    expect(cancelled.problems).toEqual([]);
    expect(cancelled.next).toMatchObject({ status: ActionStatus.CANCELLED, cancelledOn: TODAY });
    const reinstated = planStatusChange(cancelled.next, { status: ActionStatus.IN_PROGRESS }, TODAY);
    expect(reinstated.next).toMatchObject({ status: ActionStatus.IN_PROGRESS, cancelledOn: null });
  });
});
