import type { ClockReview, TimescaleChangeClock } from './completion-clock';
import { reviewTimescaleProblems, timescaleChangeProblems, type TimescaleChangeFields } from './timescale-change-rules';

const TODAY = '2025-12-06';
const LCSPR: ClockReview = { type: 'lcspr', initiatedOn: '2025-01-15', completedOn: null };
const PAUSE: TimescaleChangeFields = {
  kind: 'pause',
  reason: 'criminal-proceedings',
  reasonDetails: null,
  startsOn: '2025-03-01',
  endsOn: '2025-03-31',
  agreedDueOn: null,
  agreedBy: null,
};
const EXTENSION: TimescaleChangeFields = { ...PAUSE, kind: 'extension', reason: 'new-information', startsOn: '2025-06-01', endsOn: null, agreedDueOn: '2025-09-30', agreedBy: 'the Panel' };
const fields = (c: TimescaleChangeFields, review = LCSPR, others: TimescaleChangeClock[] = []) =>
  timescaleChangeProblems(c, review, others, TODAY).map((p) => `${p.field}: ${p.message}`);

describe('timescaleChangeProblems', () => {
  it('accepts a pause and an extension in order', () => {
    expect(fields(PAUSE)).toEqual([]);
    expect(fields(EXTENSION, LCSPR, [PAUSE])).toEqual([]);
    expect(fields({ ...PAUSE, endsOn: null })).toEqual([]);
  });

  it('refuses dates out of order or in the future', () => {
    expect(fields({ ...PAUSE, startsOn: '2025-01-10' })).toEqual(['startsOn: must be on or after the date the review was initiated (15 January 2025)']);
    expect(fields({ ...PAUSE, endsOn: '2025-03-01' })).toEqual(['endsOn: must be after the day the pause started (1 March 2025)']);
    expect(fields({ ...PAUSE, startsOn: '2025-12-07', endsOn: null })).toEqual(['startsOn: cannot be in the future (today is 6 December 2025)']);
  });

  it('refuses overlapping pauses, open ones included', () => {
    expect(fields({ ...PAUSE, startsOn: '2025-03-20', endsOn: '2025-04-10' }, LCSPR, [PAUSE])).toEqual([
      "startsOn: overlaps the pause from 1 March 2025 to 31 March 2025: a review's pauses cannot overlap",
    ]);
    // Back to back is fine: restarted 31 March, paused again that day.
    expect(fields({ ...PAUSE, startsOn: '2025-03-31', endsOn: null }, LCSPR, [PAUSE])).toEqual([]);
    expect(fields({ ...PAUSE, startsOn: '2025-05-01', endsOn: '2025-05-10' }, LCSPR, [{ ...PAUSE, endsOn: null }])).toEqual([
      "startsOn: overlaps the pause from 1 March 2025, still open: a review's pauses cannot overlap",
    ]);
  });

  it('needs details for the reason other, and no extension fields on a pause', () => {
    expect(fields({ ...PAUSE, reason: 'other', agreedBy: 'chair' })).toEqual([
      'reasonDetails: is required when the reason is other',
      'agreedBy: is for an extension, not a pause',
    ]);
  });

  it('needs a completed review\'s pause to have ended by its completion', () => {
    const done = { ...LCSPR, completedOn: '2025-03-20' };
    expect(fields({ ...PAUSE, endsOn: null }, done)).toEqual(['endsOn: is required: the review was completed on 20 March 2025, so the pause has ended']);
    expect(fields(PAUSE, done)).toEqual(['endsOn: must be on or before the date the review was completed (20 March 2025)']);
  });

  it('needs an extension to move the due date in force on the day it was agreed, and say who agreed it', () => {
    // Paused 30 days in March: due 14 August on 1 June, so 10 August does not extend it.
    expect(fields({ ...EXTENSION, agreedDueOn: '2025-08-10', agreedBy: ' ' }, LCSPR, [PAUSE])).toEqual([
      'agreedBy: is required for an extension: who agreed it',
      'agreedDueOn: must be after the due date in force when the extension was agreed (14 August 2025)',
    ]);
    expect(fields({ ...EXTENSION, agreedDueOn: null })).toEqual(['agreedDueOn: is required for an extension: the new due date agreed']);
    expect(fields(EXTENSION, LCSPR, [EXTENSION])).toEqual(['startsOn: Another extension was agreed on 1 June 2025: record one extension a day']);
  });

  it('refuses both on rapid reviews and extensions where there is no six-month due date', () => {
    expect(fields(PAUSE, { ...LCSPR, type: 'rapid-review' })).toEqual(['kind: A rapid review is not paused or extended: its 15 working days run on']);
    expect(fields(EXTENSION, { ...LCSPR, type: 'appreciative-inquiry' })).toEqual([
      'kind: Only LCSPRs, SARs, DHRs and PLRs have a six-month due date for an extension to move',
    ]);
    expect(fields(PAUSE, { ...LCSPR, type: 'appreciative-inquiry' })).toEqual([]);
  });
});

describe('reviewTimescaleProblems', () => {
  it('keeps a changed review in step with its pauses and extensions', () => {
    expect(reviewTimescaleProblems({ ...LCSPR, completedOn: '2025-04-01' }, [PAUSE])).toEqual([]);
    expect(reviewTimescaleProblems({ ...LCSPR, initiatedOn: '2025-03-02' }, [PAUSE])).toEqual([
      { field: 'initiatedOn', message: 'must be on or before its first pause or extension (1 March 2025)' },
    ]);
    expect(reviewTimescaleProblems({ ...LCSPR, completedOn: '2025-04-01' }, [{ ...PAUSE, endsOn: null }])).toEqual([
      { field: 'completedOn', message: 'needs the pause from 1 March 2025 to have ended: record the day the review restarted first' },
    ]);
    expect(reviewTimescaleProblems({ ...LCSPR, completedOn: '2025-03-20' }, [PAUSE])).toEqual([
      { field: 'completedOn', message: "must be on or after the review's last pause or extension (31 March 2025)" },
    ]);
  });
});
