import { chairOn, meetingProblems, nextMeetingOn, packAsOf, previousMeetingOn, termProblems, upcomingMeetingOn, type MemberTerm } from './group-rules';

describe('chairOn', () => {
  // A rotating chair: Ann to the end of March 2025, then Bo; a vice-chair throughout.
  const terms: (MemberTerm & { who: string })[] = [
    { who: 'Ann', role: 'chair', fromOn: '2024-04-01', toOn: '2025-03-31' },
    { who: 'Bo', role: 'chair', fromOn: '2025-04-01', toOn: null },
    { who: 'Cy', role: 'vice-chair', fromOn: '2024-04-01', toOn: null },
  ];
  it('answers the chair whose term covers the day, both ends included', () => {
    expect(chairOn(terms, '2025-03-31')?.who).toBe('Ann');
    expect(chairOn(terms, '2025-04-01')?.who).toBe('Bo');
    expect(chairOn(terms, '2026-12-06')?.who).toBe('Bo');
  });
  it('answers null before the first chair', () => {
    expect(chairOn(terms, '2024-03-31')).toBeNull();
  });
});

describe('termProblems', () => {
  const ann: MemberTerm = { id: 'a', role: 'chair', fromOn: '2024-04-01', toOn: '2025-03-31' };
  it('accepts a new chair starting the day after the last ends', () => {
    expect(termProblems({ role: 'chair', fromOn: '2025-04-01', toOn: null }, [ann])).toEqual([]);
  });
  it('refuses a second chair on a day the first still chairs', () => {
    expect(termProblems({ role: 'chair', fromOn: '2025-03-31', toOn: null }, [ann])).toEqual([
      { field: 'fromOn', message: "overlaps another chair's term (from 2024-04-01 to 2025-03-31): end that term first" },
    ]);
  });
  it('lets a term be edited without clashing with itself, and members overlap freely', () => {
    expect(termProblems({ ...ann, toOn: '2025-06-30' }, [ann])).toEqual([]);
    expect(termProblems({ role: 'member', fromOn: '2024-05-01', toOn: null }, [{ ...ann, role: 'member' }])).toEqual([]);
  });
  it('refuses a term that ends before it starts', () => {
    expect(termProblems({ role: 'member', fromOn: '2025-04-01', toOn: '2025-03-01' }, [])).toEqual([
      { field: 'toOn', message: 'must be on or after the day the role starts (1 April 2025)' },
    ]);
  });
});

describe('nextMeetingOn', () => {
  it('answers the next recorded meeting', () => {
    expect(nextMeetingOn(['2026-09-01', '2026-12-10', '2026-11-01'], '2026-10-15', 6)).toBe('2026-11-01');
  });
  it('falls back on the cadence: 6 weeks after 15 October 2026 is 26 November 2026', () => {
    expect(nextMeetingOn(['2026-09-01'], '2026-10-15', 6)).toBe('2026-11-26');
  });
  it('answers null with neither', () => {
    expect(nextMeetingOn([], '2026-10-15', null)).toBeNull();
  });
});

describe('previousMeetingOn', () => {
  it('answers the last held meeting before the day, skipping planned ones', () => {
    const meetings = [
      { meetsOn: '2026-06-01', status: 'held' as const },
      { meetsOn: '2026-07-13', status: 'planned' as const },
      { meetsOn: '2026-08-24', status: 'held' as const },
    ];
    expect(previousMeetingOn(meetings, '2026-10-05')).toBe('2026-08-24');
    expect(previousMeetingOn(meetings, '2026-08-24')).toBe('2026-06-01');
    expect(previousMeetingOn(meetings, '2026-06-01')).toBeNull();
  });
});

describe('meetingProblems and packAsOf', () => {
  it('refuses a held meeting in the future and minutes on a planned one', () => {
    expect(meetingProblems({ meetsOn: '2026-12-07', status: 'held', minutes: null }, '2026-12-06')).toEqual([
      { field: 'meetsOn', message: 'cannot be in the future (today is 6 December 2026): a meeting still to come is planned' },
    ]);
    expect(meetingProblems({ meetsOn: '2026-12-07', status: 'planned', minutes: 'x' }, '2026-12-06')).toEqual([
      { field: 'minutes', message: 'are recorded once the meeting is held' },
    ]);
  });
  it('takes the pack as of the meeting day, never after today', () => {
    expect(packAsOf('2026-10-05', '2026-12-06')).toBe('2026-10-05');
    expect(packAsOf('2027-01-10', '2026-12-06')).toBe('2026-12-06');
  });
});

describe('upcomingMeetingOn', () => {
  it('answers the first recorded meeting from today', () => {
    expect(upcomingMeetingOn(['2026-10-05', '2026-12-06', '2027-01-18'], '2026-12-06', 6)).toBe('2026-12-06');
  });
  it('steps the last meeting on by the cadence: 5 October 2026 + 6 weeks is 16 November (past), + 12 weeks is 28 December', () => {
    expect(upcomingMeetingOn(['2026-08-24', '2026-10-05'], '2026-12-06', 6)).toBe('2026-12-28');
  });
  it('answers null with no cadence and nothing recorded ahead', () => {
    expect(upcomingMeetingOn(['2026-10-05'], '2026-12-06', null)).toBeNull();
  });
});
