import { ReviewStatus, ReviewType } from './review.enums';
import { applyPatch, informationRequestProblems, notificationProblems, reviewProblems, type ReviewRuleFields } from './review.rules';

const review = (over: Partial<ReviewRuleFields> = {}): ReviewRuleFields => ({
  type: ReviewType.LCSPR,
  status: ReviewStatus.IN_PROGRESS,
  initiatedOn: '2024-05-01',
  completedOn: null,
  publishedOn: null,
  unpublishedReason: null,
  infoRequestedOn: null,
  meetingOn: null,
  sentToPanelOn: null,
  rapidReviewOutcome: null,
  nationalReviewRecommended: null,
  ...over,
});

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('reviewProblems', () => {
  it('accepts a plain review in progress', () => {
    expect(reviewProblems(review())).toEqual([]);
  });

  it('orders initiation, completion and publication', () => {
    expect(fields(reviewProblems(review({ completedOn: '2024-04-30' })))).toEqual(['completedOn']);
    expect(fields(reviewProblems(review({ publishedOn: '2024-06-01' })))).toEqual(['publishedOn']);
    expect(fields(reviewProblems(review({ completedOn: '2024-06-01', publishedOn: '2024-05-31' })))).toEqual(['publishedOn']);
    expect(reviewProblems(review({ completedOn: '2024-05-01', publishedOn: '2024-05-01' }))).toEqual([]);
  });

  it('asks each status for the fields it implies', () => {
    expect(fields(reviewProblems(review({ status: ReviewStatus.CLOSED_UNPUBLISHED })))).toEqual(['unpublishedReason']);
    expect(fields(reviewProblems(review({ status: ReviewStatus.COMPLETED })))).toEqual(['completedOn']);
    expect(fields(reviewProblems(review({ status: ReviewStatus.PUBLISHED })))).toEqual(['completedOn', 'publishedOn']);
    expect(reviewProblems(review({ status: ReviewStatus.PUBLISHED, completedOn: '2024-09-01', publishedOn: '2024-10-01' }))).toEqual([]);
  });

  it('keeps the rapid review milestones to rapid reviews', () => {
    const milestones = { meetingOn: '2024-05-10', nationalReviewRecommended: false };
    expect(fields(reviewProblems(review(milestones)))).toEqual(['meetingOn', 'nationalReviewRecommended']);
    expect(reviewProblems(review({ ...milestones, type: ReviewType.RAPID_REVIEW }))).toEqual([]);
  });
});

describe('notificationProblems and informationRequestProblems', () => {
  it('needs the notification sent on or after the date aware', () => {
    expect(notificationProblems({ dateAware: '2024-05-02', dateNotified: '2024-05-01' })).toHaveLength(1);
    expect(notificationProblems({ dateAware: '2024-05-02', dateNotified: '2024-05-02' })).toEqual([]);
    expect(notificationProblems({ dateAware: '2024-05-02', dateNotified: null })).toEqual([]);
  });

  it('needs due, reminder and return dates on or after the request', () => {
    const sent = { sentOn: '2024-05-10', dueOn: '2024-05-17', remindedOn: null, returnedOn: null };
    expect(informationRequestProblems(sent)).toEqual([]);
    expect(fields(informationRequestProblems({ ...sent, dueOn: '2024-05-09', remindedOn: '2024-05-09', returnedOn: '2024-05-01' }))).toEqual([
      'dueOn',
      'remindedOn',
      'returnedOn',
    ]);
  });
});

describe('applyPatch', () => {
  it('skips undefined, clears with null, and refuses null for required fields', () => {
    const existing = { title: 'A', completedOn: '2024-01-01' as string | null, note: 'kept' };
    const { merged, problems } = applyPatch(existing, { title: null, completedOn: null, note: undefined }, ['title']);
    expect(merged).toEqual({ title: 'A', completedOn: null, note: 'kept' });
    expect(problems).toEqual([{ field: 'title', message: 'cannot be null' }]);
    expect(existing.completedOn).toBe('2024-01-01');
  });
});
