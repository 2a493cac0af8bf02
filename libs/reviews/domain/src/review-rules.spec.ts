import { informationRequestProblems } from './information-request-rules';
import { notificationProblems } from './notification-rules';
import { reviewProblems, type ReviewRuleFields } from './review-rules';

const TODAY = '2026-12-06';

const review = (over: Partial<ReviewRuleFields> = {}): ReviewRuleFields => ({
  type: 'lcspr',
  status: 'in-progress',
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

describe(reviewProblems.name, () => {
  it('accepts a plain review in progress', () => {
    expect(reviewProblems(review(), TODAY)).toEqual([]);
  });

  it('orders initiation, terms, completion and publication, naming the earlier date in words', () => {
    expect(reviewProblems(review({ completedOn: '2024-04-30' }), TODAY)).toEqual([
      { field: 'completedOn', message: 'must be on or after the date the review was initiated (1 May 2024)' },
    ]);
    expect(fields(reviewProblems(review({ termsAgreedOn: '2024-04-01' }), TODAY))).toEqual(['termsAgreedOn']);
    expect(reviewProblems(review({ publishedOn: '2024-06-01' }), TODAY)).toEqual([
      { field: 'publishedOn', message: 'needs the completion date: a review is published after it is completed' },
    ]);
    expect(reviewProblems(review({ completedOn: '2024-06-01', publishedOn: '2024-05-31' }), TODAY)).toEqual([
      { field: 'publishedOn', message: 'must be on or after the completion date (1 June 2024)' },
    ]);
    expect(reviewProblems(review({ completedOn: '2024-05-01', publishedOn: '2024-05-01' }), TODAY)).toEqual([]);
  });

  it('refuses a completion or publication after today, and accepts today itself', () => {
    expect(reviewProblems(review({ completedOn: '2026-12-07' }), TODAY)).toEqual([
      { field: 'completedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
    expect(reviewProblems(review({ completedOn: TODAY, publishedOn: TODAY }), TODAY)).toEqual([]);
    expect(fields(reviewProblems(review({ completedOn: TODAY, publishedOn: '2027-01-01' }), TODAY))).toEqual(['publishedOn']);
  });

  it('asks each status for the fields it implies, in words', () => {
    expect(reviewProblems(review({ status: 'closed-unpublished' }), TODAY)).toEqual([
      { field: 'unpublishedReason', message: 'is required when the status is closed without publication' },
    ]);
    expect(reviewProblems(review({ status: 'completed' }), TODAY)).toEqual([{ field: 'completedOn', message: 'is required when the status is completed' }]);
    expect(fields(reviewProblems(review({ status: 'published' }), TODAY))).toEqual(['completedOn', 'publishedOn']);
    expect(reviewProblems(review({ status: 'published', completedOn: '2024-09-01', publishedOn: '2024-10-01' }), TODAY)).toEqual([]);
  });

  it('keeps the rapid review milestones to rapid reviews', () => {
    const milestones = { meetingOn: '2024-05-10', nationalReviewRecommended: false };
    expect(reviewProblems(review(milestones), TODAY)).toEqual([
      { field: 'meetingOn', message: 'applies to rapid reviews only' },
      { field: 'nationalReviewRecommended', message: 'applies to rapid reviews only' },
    ]);
    expect(reviewProblems(review({ ...milestones, type: 'rapid-review' }), TODAY)).toEqual([]);
  });

  it("orders a rapid review's milestones: information asked, meeting, sent to the Panel", () => {
    const rapid = review({ type: 'rapid-review', infoRequestedOn: '2024-05-03', meetingOn: '2024-05-02', sentToPanelOn: '2024-05-01' });
    expect(reviewProblems(rapid, TODAY)).toEqual([
      { field: 'meetingOn', message: 'must be on or after the date agencies were asked for information (3 May 2024)' },
      { field: 'sentToPanelOn', message: 'must be on or after the meeting date (2 May 2024)' },
    ]);
  });

  it('refuses a rapid review sent to the Panel before its notification was made', () => {
    const rapid = review({ type: 'rapid-review', initiatedOn: '2024-02-28', sentToPanelOn: '2024-02-28' });
    expect(reviewProblems(rapid, TODAY, { dateNotified: '2024-02-29' })).toEqual([
      { field: 'sentToPanelOn', message: 'must be on or after the date its notification was made (29 February 2024)' },
    ]);
    expect(reviewProblems({ ...rapid, sentToPanelOn: '2024-02-29' }, TODAY, { dateNotified: '2024-02-29' })).toEqual([]);
    expect(reviewProblems(rapid, TODAY, { dateNotified: null })).toEqual([
      { field: 'sentToPanelOn', message: 'needs its notification to have been made: record the date notified first' },
    ]);
    // Not yet sent: nothing to compare.
    expect(reviewProblems({ ...rapid, sentToPanelOn: null }, TODAY, { dateNotified: null })).toEqual([]);
  });
});

describe(notificationProblems.name, () => {
  it('needs the notification made on or after the date aware', () => {
    expect(notificationProblems({ dateAware: '2024-05-02', dateNotified: '2024-05-01' }, TODAY)).toEqual([
      { field: 'dateNotified', message: 'must be on or after the date aware (2 May 2024)' },
    ]);
    expect(notificationProblems({ dateAware: '2024-05-02', dateNotified: '2024-05-02' }, TODAY)).toEqual([]);
    expect(notificationProblems({ dateAware: '2024-05-02', dateNotified: null }, TODAY)).toEqual([]);
  });

  it('refuses either date in the future', () => {
    expect(fields(notificationProblems({ dateAware: '2026-12-07', dateNotified: '2026-12-08' }, TODAY))).toEqual(['dateAware', 'dateNotified']);
    expect(notificationProblems({ dateAware: TODAY, dateNotified: TODAY }, TODAY)).toEqual([]);
  });

  it('is made no later than the first of its rapid reviews reached the Panel', () => {
    const sent = [
      { ref: 'RR-2', sentToPanelOn: '2024-06-20' },
      { ref: 'RR-1', sentToPanelOn: '2024-06-10' },
      { ref: 'RR-3', sentToPanelOn: null },
    ];
    expect(notificationProblems({ dateAware: '2024-06-01', dateNotified: '2024-06-11' }, TODAY, sent)).toEqual([
      { field: 'dateNotified', message: 'must be on or before the day its rapid review RR-1 was sent to the Panel (10 June 2024)' },
    ]);
    expect(notificationProblems({ dateAware: '2024-06-01', dateNotified: '2024-06-10' }, TODAY, sent)).toEqual([]);
  });
});

describe(informationRequestProblems.name, () => {
  it('needs due, reminder and return dates on or after the request, and none done in the future', () => {
    const sent = { sentOn: '2024-05-10', dueOn: '2024-05-17', remindedOn: null, returnedOn: null };
    expect(informationRequestProblems(sent, TODAY)).toEqual([]);
    expect(fields(informationRequestProblems({ ...sent, dueOn: '2024-05-09', remindedOn: '2024-05-09', returnedOn: '2024-05-01' }, TODAY))).toEqual([
      'dueOn',
      'remindedOn',
      'returnedOn',
    ]);
    expect(informationRequestProblems({ ...sent, dueOn: '2024-05-09' }, TODAY)[0]?.message).toBe(
      'must be on or after the date the request was sent (10 May 2024)',
    );
    // A due date may lie ahead; a return may not.
    expect(fields(informationRequestProblems({ sentOn: TODAY, dueOn: '2026-12-20', remindedOn: null, returnedOn: '2026-12-07' }, TODAY))).toEqual([
      'returnedOn',
    ]);
  });
});
