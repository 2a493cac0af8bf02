import { checkSchema, fieldPath, schemaProblems, sortProblems } from './bundle-schema';

const base = { format: 'sli-bundle', version: 1, partnerships: [{ ref: 'P', name: 'P', kind: 'children' }] };

describe('bundle schema', () => {
  it('accepts a minimal bundle', () => {
    expect(schemaProblems(base)).toEqual([]);
  });

  it('turns JSON pointers into field paths', () => {
    expect(fieldPath('')).toBe('bundle');
    expect(fieldPath('/reviews/3/agencies/1')).toBe('reviews[3].agencies[1]');
    expect(fieldPath('/attendances/0/followUp/respondedOn')).toBe('attendances[0].followUp.respondedOn');
  });

  it('names every problem: missing, unknown, enumeration, type, date and pattern', () => {
    const problems = schemaProblems({
      ...base,
      version: 2,
      extra: true,
      agencies: [{ partnership: 'P', ref: 'has space', name: 'A', sector: 'wizards' }],
      notifications: [{ partnership: 'P', ref: 'N1', dateAware: '2024-02-30', harm: 'death', ageBand: '1-5', themes: ['Bad Code'] }],
      reviews: [{ partnership: 'P', ref: 'R1', type: 'lcspr', status: 'proposed', initiatedOn: '01/02/2024', practitionersInvolved: 1.5 }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'extra', message: 'is not a field of this record' },
        { field: 'version', message: 'must be 1' },
        { field: 'agencies[0].ref', message: expect.stringMatching(/must match pattern/) },
        { field: 'agencies[0].sector', message: expect.stringMatching(/^must be one of: police, health, /) },
        { field: 'notifications[0].dateAware', message: 'must be a calendar date written YYYY-MM-DD' },
        { field: 'notifications[0].themes[0]', message: expect.stringMatching(/must match pattern/) },
        { field: 'reviews[0].title', message: 'is required' },
        { field: 'reviews[0].initiatedOn', message: 'must be a calendar date written YYYY-MM-DD' },
        { field: 'reviews[0].practitionersInvolved', message: 'must be integer or null' },
      ]),
    );
    // A date failing both its pattern and its format is reported once.
    expect(problems.filter((p) => p.field === 'reviews[0].initiatedOn')).toHaveLength(1);
  });

  it('checks nested records, uniqueness of links and decimals', () => {
    const problems = schemaProblems({
      ...base,
      reviews: [{ partnership: 'P', ref: 'R1', type: 'lcspr', title: 'T', status: 'proposed', initiatedOn: '2024-01-01', agencies: ['A', 'A'] }],
      trainingCourses: [{ partnership: 'P', ref: 'C1', title: 'C', durationHours: 1.005 }, { partnership: 'P', ref: 'C2', title: 'C', durationHours: 1.1 }],
      attendances: [{ partnership: 'P', ref: 'A1', session: 'S', agency: 'A', attended: true, evaluation: { confidenceBefore: 6, submittedOn: '2024-01-01' } }],
      actions: [{ partnership: 'P', ref: 'X', review: 'R1', ownerAgency: 'A', title: 'T', dueOn: '2024-01-01', status: 'not-started', updates: [{ changedAt: '2024-01-01 10:00', changedBy: 'x', toStatus: 'in-progress' }] }],
    });
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'reviews[0].agencies',
        'trainingCourses[0].durationHours',
        'attendances[0].evaluation.confidenceAfter',
        'attendances[0].evaluation.confidenceBefore',
        'actions[0].updates[0].changedAt',
      ]),
    );
    expect(problems.map((p) => p.field)).not.toContain('trainingCourses[1].durationHours');
  });

  it('tells which records failed, and when nothing more can be checked', () => {
    const partial = checkSchema({ ...base, agencies: [{ partnership: 'P', ref: 'A', name: 'A', sector: 'x' }, { partnership: 'P', ref: 'B', name: 'B', sector: 'police' }] });
    expect([...partial.refused]).toEqual(['agencies[0]']);
    expect(partial.fatal).toBe(false);
    expect(checkSchema({ ...base, reviews: {} }).fatal).toBe(true);
    expect(checkSchema([]).fatal).toBe(true);
    expect(checkSchema(null).problems).toEqual([{ field: 'bundle', message: 'must be object' }]);
  });

  it('orders problems as the bundle is', () => {
    const sorted = sortProblems([
      { field: 'measures[0].ref', message: 'm' },
      { field: 'reviews[10].title', message: 'b' },
      { field: 'reviews[2].title', message: 'a' },
      { field: 'format', message: 'f' },
      { field: 'agencies[0].sector', message: 'x' },
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['f', 'x', 'a', 'b', 'm']);
  });
});
