import type { Bundle } from '@sli/exchange-domain';
import { bundleProblems, outsideReferences, type DatabaseState } from './bundle-checks';
import { pairKey } from './bundle-references';
import { instantKey } from './record-rules';

const emptyDb: DatabaseState = { partnerships: new Set(), records: new Map(), defaultThemes: new Set(['neglect']) };

function bundle(extra: Partial<Bundle>): Bundle {
  return {
    format: 'sli-bundle',
    version: 1,
    partnerships: [{ ref: 'P', name: 'P', kind: 'children' }],
    agencies: [{ partnership: 'P', ref: 'POL', name: 'Police', sector: 'police' }],
    ...extra,
  };
}

const review = { partnership: 'P', type: 'lcspr', title: 'T', status: 'proposed', initiatedOn: '2024-01-10' } as const;

describe('bundle checks', () => {
  it('finds duplicate refs per partnership and section, not across them', () => {
    const problems = bundleProblems(
      bundle({
        partnerships: [{ ref: 'P', name: 'P', kind: 'children' }, { ref: 'Q', name: 'Q', kind: 'adults' }, { ref: 'P', name: 'again', kind: 'joint' }],
        agencies: [
          { partnership: 'P', ref: 'POL', name: 'A', sector: 'police' },
          { partnership: 'Q', ref: 'POL', name: 'B', sector: 'police' },
          { partnership: 'P', ref: 'POL', name: 'C', sector: 'police' },
        ],
        reviews: [{ ...review, ref: 'POL' }],
      }),
      emptyDb,
    );
    expect(problems).toEqual([
      { field: 'partnerships[2].ref', message: 'ref "P" is already used by partnerships[0]' },
      { field: 'agencies[2].ref', message: 'ref "POL" is already used by agencies[0] in partnership "P"' },
    ]);
  });

  it('resolves references in the bundle, then the database, within the same partnership only', () => {
    const b = bundle({
      partnerships: [{ ref: 'P', name: 'P', kind: 'children' }],
      reviews: [
        { ...review, ref: 'R1', agencies: ['POL', 'HLT', 'EDU'], themes: ['neglect', 'local', 'other'], sourceReview: 'R0' },
        { ...review, partnership: 'OLD', ref: 'R2', agencies: ['POL'], themes: ['neglect'] },
      ],
    });
    const db: DatabaseState = {
      partnerships: new Set(['OLD']),
      records: new Map([
        ['agencies', new Set([pairKey('P', 'HLT'), pairKey('OLD', 'EDU')])],
        ['themes', new Set([pairKey('P', 'local')])],
        ['reviews', new Set([pairKey('P', 'R0')])],
      ]),
      defaultThemes: new Set(['neglect']),
    };
    expect(outsideReferences(b)).toEqual({
      partnerships: ['P', 'OLD'],
      records: new Map([
        ['reviews', [['P', 'R0']]],
        ['agencies', [['P', 'HLT'], ['P', 'EDU'], ['OLD', 'POL']]],
        ['themes', [['P', 'neglect'], ['P', 'local'], ['P', 'other'], ['OLD', 'neglect']]],
      ]),
    });
    expect(bundleProblems(b, db)).toEqual([
      { field: 'reviews[0].agencies[2]', message: 'must be an agency of this partnership ("EDU" is not in partnership "P")' },
      { field: 'reviews[0].themes[2]', message: 'must be a theme of this partnership ("other" is not in partnership "P")' },
      // OLD exists, so its themes are what the database holds: the catalogue does not apply.
      { field: 'reviews[1].agencies[0]', message: 'must be an agency of this partnership ("POL" is not in partnership "OLD")' },
      { field: 'reviews[1].themes[0]', message: 'must be a theme of this partnership ("neglect" is not in partnership "OLD")' },
    ]);
  });

  it('reports a record of an unknown partnership once, without its references', () => {
    const problems = bundleProblems(bundle({ reviews: [{ ...review, partnership: 'NOPE', ref: 'R', agencies: ['X'] }] }), emptyDb);
    expect(problems).toEqual([{ field: 'reviews[0].partnership', message: 'partnership "NOPE" is neither in the bundle nor in the database' }]);
  });

  it('skips records the schema refused, but lets others refer to them', () => {
    const b = bundle({
      agencies: [{ partnership: 'P', ref: 'POL', name: 'Police', sector: 'wizards' as never }],
      informationRequests: [{ partnership: 'P', ref: 'I', review: 'R', agency: 'POL', kind: 'scoping', sentOn: '2024-01-02', dueOn: '2024-01-01' }],
      reviews: [{ ...review, ref: 'R', completedOn: '2024-01-01' }],
    });
    expect(bundleProblems(b, emptyDb, new Set(['reviews[0]']))).toEqual([
      { field: 'informationRequests[0].dueOn', message: 'must be on or after the date the request was sent (2 January 2024)' },
    ]);
  });

  it('applies the rules the database enforces', () => {
    const problems = bundleProblems(
      bundle({
        notifications: [{ partnership: 'P', ref: 'N', dateAware: '2024-01-05', dateNotified: '2024-01-04', harm: 'death', ageBand: '1-5' }],
        reviews: [
          { ...review, ref: 'R1', status: 'closed-unpublished', publishedOn: '2024-02-01', meetingOn: '2024-01-12' },
          { ...review, ref: 'R2', type: 'rapid-review', meetingOn: '2024-01-12', completedOn: '2024-01-20', publishedOn: '2024-01-19' },
        ],
        audits: [{ partnership: 'P', ref: 'A', type: 'section-11', title: 'S11', startedOn: '2024-01-01' }],
        auditCases: [{ partnership: 'P', ref: 'C', audit: 'A', overallGrade: 'good', domainGrades: [{ domain: 'impact', grade: 'good' }, { domain: 'impact', grade: 'inadequate' }] }],
        section11Assessments: [
          { partnership: 'P', ref: 'S1', audit: 'A', agency: 'POL', standard: 'staff-training', selfRating: 'red' },
          { partnership: 'P', ref: 'S2', audit: 'A', agency: 'POL', standard: 'staff-training', selfRating: 'green' },
        ],
        actions: [
          { partnership: 'P', ref: 'X1', ownerAgency: 'POL', title: 'T', dueOn: '2024-05-01', status: 'impact-evidenced',
            updates: [{ changedAt: '2024-03-01T10:00:00Z', changedBy: 'a', toStatus: 'in-progress' }, { changedAt: '2024-03-01T11:00:00.000+01:00', changedBy: 'b', toStatus: 'completed' }] },
          { partnership: 'P', ref: 'X2', review: 'R1', audit: 'A', ownerAgency: 'POL', title: 'T', dueOn: '2024-05-01', status: 'in-progress', completedOn: '2024-04-01' },
        ],
        trainingCourses: [{ partnership: 'P', ref: 'C', title: 'C' }],
        trainingSessions: [{ partnership: 'P', ref: 'S', course: 'C', sessionDate: '2024-01-01', capacity: 1 }],
        attendances: [{ partnership: 'P', ref: 'AT', session: 'S', agency: 'POL', attended: true, followUp: { sentOn: '2024-02-01', respondedOn: '2024-01-31' } }],
        measures: [
          { partnership: 'P', ref: 'M1', name: 'M', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', periodicity: 'month', source: 'computed',
            values: [{ periodStart: '2024-01-01', value: 1 }, { periodStart: '2024-01-01', value: 2 }],
            notes: [{ writtenOn: '2024-02-01', text: 'x' }, { writtenOn: '2024-02-01', text: 'x', author: 'b' }] },
          { partnership: 'P', ref: 'M2', name: 'M', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', periodicity: 'month', source: 'entered', metric: 'm' },
        ],
      }),
      emptyDb,
    );
    expect(problems).toEqual([
      { field: 'notifications[0].dateNotified', message: 'must be on or after the date aware (5 January 2024)' },
      { field: 'reviews[0].publishedOn', message: 'needs the completion date: a review is published after it is completed' },
      { field: 'reviews[0].unpublishedReason', message: 'is required when the status is closed without publication' },
      { field: 'reviews[0].meetingOn', message: 'applies to rapid reviews only' },
      { field: 'reviews[1].publishedOn', message: 'must be on or after the completion date (20 January 2024)' },
      { field: 'auditCases[0].domainGrades[1].domain', message: 'repeats the domain and agency of domainGrades[0]' },
      { field: 'section11Assessments[1].standard', message: 'repeats the audit, agency, standard of section11Assessments[0]' },
      { field: 'actions[0].review', message: 'is required: give the review or the audit it comes from' },
      { field: 'actions[0].completedOn', message: 'is required when the status is impact evidenced' },
      { field: 'actions[0].impactEvidence', message: 'is required when the status is impact evidenced' },
      { field: 'actions[0].updates[1].changedAt', message: 'repeats the changedAt of updates[0]' },
      { field: 'actions[1].audit', message: 'must be empty when a review is given: it comes from one review or one audit, not both' },
      { field: 'actions[1].completedOn', message: 'must be empty when the status is in progress' },
      { field: 'attendances[0].followUp.respondedOn', message: 'must be on or after the date the follow-up was sent (1 February 2024)' },
      { field: 'attendances[0].followUp.changedPractice', message: 'is required when the response date is given' },
      { field: 'measures[0].metric', message: 'is required when the source is computed: name the built-in metric' },
      { field: 'measures[0].values[1].periodStart', message: 'repeats the period of values[0]' },
      { field: 'measures[0].notes[1].text', message: 'repeats the writtenOn and text of notes[0]' },
      { field: 'measures[1].metric', message: 'must be empty when the source is entered' },
    ]);
  });

  it("checks a rapid review against its notification, in the bundle or the database, and a notification against its rapid reviews", () => {
    const rapid = { ...review, type: 'rapid-review', initiatedOn: '2024-03-01' } as const;
    const b = bundle({
      notifications: [
        { partnership: 'P', ref: 'N1', dateAware: '2024-03-01', dateNotified: '2024-03-05', harm: 'death', ageBand: '1-5' },
        { partnership: 'P', ref: 'N3', dateAware: '2024-03-01', dateNotified: '2024-03-20', harm: 'death', ageBand: '1-5' },
      ],
      reviews: [
        { ...rapid, ref: 'RR1', notification: 'N1', sentToPanelOn: '2024-03-04' },
        { ...rapid, ref: 'RR2', notification: 'N2', sentToPanelOn: '2024-03-04' },
      ],
    });
    const db: DatabaseState = {
      ...emptyDb,
      records: new Map([['notifications', new Set([pairKey('P', 'N2')])]]),
      facts: {
        notifications: new Map([[pairKey('P', 'N2'), { dateNotified: '2024-03-06' }]]),
        sessionDates: new Map(),
        reviewInitiations: new Map(),
        rapidReviews: new Map([[pairKey('P', 'N3'), [{ ref: 'RR9', sentToPanelOn: '2024-03-19' }]]]),
      },
    };
    // Both records of a pair in the bundle are named: either date may be the wrong one.
    expect(bundleProblems(b, db, new Set(), '2026-12-06')).toEqual([
      { field: 'notifications[0].dateNotified', message: 'must be on or before the day its rapid review RR1 was sent to the Panel (4 March 2024)' },
      { field: 'notifications[1].dateNotified', message: 'must be on or before the day its rapid review RR9 was sent to the Panel (19 March 2024)' },
      { field: 'reviews[0].sentToPanelOn', message: 'must be on or after the date its notification was made (5 March 2024)' },
      { field: 'reviews[1].sentToPanelOn', message: 'must be on or after the date its notification was made (6 March 2024)' },
    ]);
  });

  it("refuses a completion in the future, a value off its period's start and a follow-up before its session, as the API does", () => {
    const b = bundle({
      reviews: [{ ...review, ref: 'R' }],
      actions: [{ partnership: 'P', ref: 'A-12', review: 'R', ownerAgency: 'POL', title: 'T', dueOn: '2026-11-01', status: 'completed', completedOn: '2026-12-07' }],
      trainingCourses: [{ partnership: 'P', ref: 'C', title: 'C' }],
      trainingSessions: [{ partnership: 'P', ref: 'S', course: 'C', sessionDate: '2024-02-29', capacity: 1 }],
      attendances: [{ partnership: 'P', ref: 'AT', session: 'S', agency: 'POL', attended: true, followUp: { sentOn: '2024-02-28' } }],
      measures: [
        { partnership: 'P', ref: 'M', name: 'M', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', periodicity: 'quarter', source: 'entered',
          values: [{ periodStart: '2026-01-15', value: 3 }] },
      ],
    });
    expect(bundleProblems(b, emptyDb, new Set(), '2026-12-06')).toEqual([
      { field: 'actions[0].completedOn', message: 'cannot be in the future (today is 6 December 2026)' },
      { field: 'attendances[0].followUp.sentOn', message: 'must be on or after the session date (29 February 2024)' },
      {
        field: 'measures[0].values[0].periodStart',
        message: 'must be the first day of its quarter: 15 January 2026 falls in the quarter starting 1 January 2026 (quarters start on 1 April, 1 July, 1 October and 1 January)',
      },
    ]);
  });

  it('keys instants to the microsecond, whatever the offset', () => {
    expect(instantKey('2024-03-01T10:00:00Z')).toBe(instantKey('2024-03-01T11:00:00.000+01:00'));
    expect(instantKey('2024-03-01T10:00:00.000001Z')).not.toBe(instantKey('2024-03-01T10:00:00Z'));
    expect(instantKey('2024-03-01T10:00:00.5Z')).toBe(instantKey('2024-03-01T10:00:00.500000Z'));
  });
});
