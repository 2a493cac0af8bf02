import { answerProblems, informationRequestStatus, type AnswerFields, type ChronologyRowFields } from './information-request-answer-rules';

const status = (r: { dueOn?: string; returnedOn?: string | null; remindedOn?: string | null }, asOf: string) =>
  informationRequestStatus({ dueOn: '2026-03-10', returnedOn: null, remindedOn: null, ...r }, asOf);

describe('informationRequestStatus', () => {
  it('is sent until reminded, overdue after the due date (not on it), returned once returned', () => {
    expect(status({}, '2026-03-05')).toBe('sent');
    expect(status({ remindedOn: '2026-03-06' }, '2026-03-05')).toBe('sent');
    expect(status({ remindedOn: '2026-03-06' }, '2026-03-06')).toBe('reminded');
    expect(status({ remindedOn: '2026-03-06' }, '2026-03-10')).toBe('reminded');
    expect(status({ remindedOn: '2026-03-06' }, '2026-03-11')).toBe('overdue');
    expect(status({}, '2026-03-11')).toBe('overdue');
  });

  it('is returned from the day of the return, late or not; before that day it is as it was', () => {
    expect(status({ returnedOn: '2026-03-09' }, '2026-03-09')).toBe('returned');
    expect(status({ returnedOn: '2026-03-20' }, '2026-03-15')).toBe('overdue');
    expect(status({ returnedOn: '2026-03-20' }, '2026-03-20')).toBe('returned');
  });
});

const EMPTY: AnswerFields = { knownToAgency: null, involvedFrom: null, involvedTo: null, involvement: null, analysis: null, notes: null };
const ROW: ChronologyRowFields = { occurredOn: '2026-01-05', agencyId: 'a-1', event: 'Child A seen at home', source: 'Case notes' };
const words = (a: Partial<AnswerFields>, rows: ChronologyRowFields[], submit: boolean) =>
  answerProblems({ ...EMPTY, ...a }, rows, { submit, today: '2026-03-01' }).map((p) => `${p.field}: ${p.message}`);

describe('answerProblems', () => {
  it('lets a draft be incomplete, but a submitted return says what the agency knew', () => {
    expect(words({}, [], false)).toEqual([]);
    expect(words({}, [], true)).toEqual([
      'knownToAgency: is required to submit: say whether the subject was known to your agency',
      'involvement: is required to submit: summarise your involvement, or say there was none',
    ]);
    expect(words({ knownToAgency: 'yes', involvement: 'Two contacts' }, [], true)).toEqual([
      'involvedFrom: is required to submit when the subject was known to your agency',
    ]);
    expect(words({ knownToAgency: 'no', involvement: 'None' }, [], true)).toEqual([]);
  });

  it('keeps the involvement period in order and in the past', () => {
    expect(words({ involvedFrom: '2026-02-01', involvedTo: '2026-01-01' }, [], false)).toEqual([
      'involvedTo: must be on or after the start of the involvement (1 February 2026)',
    ]);
    expect(words({ involvedFrom: '2026-04-01' }, [], false)).toEqual(['involvedFrom: cannot be in the future (today is 1 March 2026)']);
  });

  it('names the chronology row at fault by its number from 1', () => {
    expect(words({}, [ROW, { ...ROW, occurredOn: null, event: ' ' }, { ...ROW, occurredOn: '2026-03-02', agencyId: null }], false)).toEqual([
      'chronology[1].occurredOn: row 2: the date of the event is required',
      'chronology[1].event: row 2: the event is required: what happened, with pseudonyms ("Child A"), never names',
      'chronology[2].occurredOn: row 3: the date of the event cannot be in the future (today is 1 March 2026)',
      'chronology[2].agencyId: row 3: the agency is required',
    ]);
  });
});
