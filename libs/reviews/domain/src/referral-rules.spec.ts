import { referralProblems, type ReferralRuleFields } from './referral-rules';

const TODAY = '2026-12-06';

const RECEIVED: ReferralRuleFields = { ref: 'REF-1', referredOn: '2026-10-01', route: 'panel', criteria: 'children-serious-incident' };
const DECIDED: ReferralRuleFields = { ...RECEIVED, decision: 'notify', decidedOn: '2026-10-03', decidedBy: 'independent-scrutineer' };

describe('referralProblems', () => {
  it('accepts a referral received and not yet decided, and one decided and told', () => {
    expect(referralProblems(RECEIVED, TODAY)).toEqual([]);
    expect(referralProblems({ ...DECIDED, referrerToldOn: '2026-10-03', panelResponse: 'agrees', notificationId: 'n1' }, TODAY)).toEqual([]);
  });

  it('names every required field, and the agency of an agency referral', () => {
    expect(referralProblems({ ref: ' ', route: 'agency-safeguarding-lead' }, TODAY)).toEqual([
      { field: 'ref', message: 'is required' },
      { field: 'referredOn', message: 'is required: the day the referral was received' },
      { field: 'criteria', message: 'is required: the criteria the case was screened against' },
      { field: 'referringAgencyId', message: "is required when a practitioner referred through their agency's safeguarding lead" },
    ]);
  });

  it('dates a decision on or after the referral, names who decided, never in the future', () => {
    expect(referralProblems({ ...RECEIVED, decision: 'rapid-review' }, TODAY)).toEqual([
      { field: 'decidedOn', message: 'is required when the referral has a decision' },
      { field: 'decidedBy', message: 'is required when the referral has a decision' },
    ]);
    expect(referralProblems({ ...DECIDED, decidedOn: '2026-09-30' }, TODAY)).toEqual([
      { field: 'decidedOn', message: 'must be on or after the date referred (1 October 2026)' },
    ]);
    expect(referralProblems({ ...DECIDED, referredOn: '2026-12-07', decidedOn: '2026-12-08' }, TODAY)).toEqual([
      { field: 'referredOn', message: 'cannot be in the future (today is 6 December 2026)' },
      { field: 'decidedOn', message: 'cannot be in the future (today is 6 December 2026)' },
    ]);
    expect(referralProblems({ ...RECEIVED, decidedOn: '2026-10-02' }, TODAY)).toEqual([
      { field: 'decision', message: 'is required when the referral has a decision date' },
    ]);
  });

  it('asks for the reasons of a "no review" decision', () => {
    expect(referralProblems({ ...DECIDED, decision: 'no-review', reasons: '  ' }, TODAY)).toEqual([
      { field: 'reasons', message: 'are required when the decision is no review' },
    ]);
    expect(referralProblems({ ...DECIDED, decision: 'no-review', reasons: 'Criteria not met: no abuse or neglect suspected.' }, TODAY)).toEqual([]);
  });

  it('tells the referrer on or after the decision, not before there is one', () => {
    expect(referralProblems({ ...DECIDED, referrerToldOn: '2026-10-02' }, TODAY)).toEqual([
      { field: 'referrerToldOn', message: 'must be on or after the decision date (3 October 2026)' },
    ]);
    expect(referralProblems({ ...RECEIVED, referrerToldOn: '2026-10-02' }, TODAY)).toEqual([
      { field: 'referrerToldOn', message: 'needs the decision date: the referrer is told of a decision' },
    ]);
  });

  it("keeps the Panel's response to children's cases", () => {
    expect(referralProblems({ ...DECIDED, criteria: 'adults-care-act-s44', decision: 'other-review', panelResponse: 'awaited' }, TODAY)).toEqual([
      { field: 'panelResponse', message: "is for children's cases only: the Panel responds to serious incident and local review decisions" },
    ]);
  });

  it('links a notification or a review only where the decision led to one, of the right kind', () => {
    expect(referralProblems({ ...DECIDED, decision: 'no-review', reasons: 'Not met', notificationId: 'n1', reviewId: 'r1' }, TODAY)).toEqual([
      { field: 'notificationId', message: 'is only for a referral decided for notification (notify the Panel or rapid review)' },
      { field: 'reviewId', message: 'is only for a referral decided for a review (rapid review or another review)' },
    ]);
    expect(referralProblems({ ...DECIDED, decision: 'rapid-review', reviewId: 'r1' }, TODAY, { ref: 'LCSPR-1', type: 'lcspr' })).toEqual([
      { field: 'reviewId', message: 'must be a rapid review when the decision is rapid review (LCSPR-1 is not)' },
    ]);
    expect(referralProblems({ ...DECIDED, decision: 'other-review', reviewId: 'r1' }, TODAY, { ref: 'RR-1', type: 'rapid-review' })).toEqual([
      { field: 'reviewId', message: 'must not be a rapid review when the decision is another review (RR-1 is one)' },
    ]);
    expect(referralProblems({ ...DECIDED, decision: 'rapid-review', notificationId: 'n1', reviewId: 'r1' }, TODAY, { ref: 'RR-1', type: 'rapid-review' })).toEqual([]);
  });
});
