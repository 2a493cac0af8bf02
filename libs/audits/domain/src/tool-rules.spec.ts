import { codeFrom, toolDraftProblems, type ToolDraft } from './tool-rules';

const RED = { code: 'red', label: 'Red (not met)', met: false };
const AMBER = { code: 'amber', label: 'Amber (partly met)', met: false };
const GREEN = { code: 'green', label: 'Green (met)', met: true };
const RAG = [RED, AMBER, GREEN];
const draft = (over: Partial<ToolDraft> = {}): ToolDraft => ({
  name: 'Section 11 self-assessment',
  standards: [{ code: 'leadership', title: 'Leadership' }],
  levels: RAG,
  ...over,
});

describe(toolDraftProblems.name, () => {
  it('accepts a tool with a standard and a scale that has a met level', () => {
    expect(toolDraftProblems(draft(), { publishing: true })).toEqual([]);
  });

  it('names each repeated or malformed standard code by its place', () => {
    const problems = toolDraftProblems(
      draft({
        standards: [
          { code: 'leadership', title: 'Leadership' },
          { code: 'Training Staff', title: 'Training' },
          { code: 'leadership', title: '' },
        ],
      }),
    );
    expect(problems).toEqual([
      { field: 'standards[1].code', message: 'must be lower-case letters and digits joined by hyphens, e.g. safer-recruitment' },
      { field: 'standards[2].code', message: 'leadership is already the code of standard 1: each standard needs its own code' },
      { field: 'standards[2].title', message: 'is required' },
    ]);
  });

  it('refuses an empty scale, a scale with nothing met, a repeated rating, and met below not met', () => {
    expect(toolDraftProblems(draft({ levels: [] }))).toEqual([{ field: 'levels', message: 'must have at least one rating level' }]);
    expect(toolDraftProblems(draft({ levels: RAG.map((l) => ({ ...l, met: false })) }))).toEqual([
      { field: 'levels', message: 'must have a level that counts as met, or no standard could ever be met' },
    ]);
    expect(toolDraftProblems(draft({ levels: [RED, { code: 'red', label: 'Again', met: true }] })).map((p) => p.field)).toEqual(['levels[1].code']);
    // Amber (2nd) counts as met, green (3rd) above it does not: the 3rd is at fault.
    const inverted = [RED, { ...AMBER, met: true }, { ...GREEN, met: false }];
    expect(toolDraftProblems(draft({ levels: inverted })).map((p) => p.field)).toEqual(['levels[2].met']);
    expect(toolDraftProblems(draft({ levels: [{ code: 'blue', label: 'Blue', met: true }] })).map((p) => p.field)).toEqual(['levels[0].code']);
  });

  it('lets a draft have no standards yet, but not be published empty', () => {
    expect(toolDraftProblems(draft({ standards: [] }))).toEqual([]);
    expect(toolDraftProblems(draft({ standards: [] }), { publishing: true })).toEqual([
      { field: 'standards', message: 'must have at least one standard before the tool is published' },
    ]);
  });

  it('makes codes from words', () => {
    expect(codeFrom('Safer recruitment & allegations')).toBe('safer-recruitment-allegations');
    expect(codeFrom('  Voice of the child! ')).toBe('voice-of-the-child');
  });
});
