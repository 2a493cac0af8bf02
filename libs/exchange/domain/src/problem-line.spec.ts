import { problemLine } from './problem-line';

describe(problemLine.name, () => {
  it("names the record by its own ref, keeping the path", () => {
    expect(problemLine({ field: 'actions[3].completedOn', ref: 'A-12', message: 'cannot be in the future' })).toBe(
      'actions "A-12" (actions[3]).completedOn: cannot be in the future',
    );
    expect(problemLine({ field: 'reviews[0].agencies[2]', ref: 'R1', message: 'x' })).toBe('reviews "R1" (reviews[0]).agencies[2]: x');
  });

  it('falls back to the path, or the message alone', () => {
    expect(problemLine({ field: 'actions[3].completedOn', message: 'x' })).toBe('actions[3].completedOn: x');
    expect(problemLine({ field: 'bundle', ref: 'X', message: 'and 3 more problems' })).toBe('bundle: and 3 more problems');
    expect(problemLine({ message: 'cannot reach the server' })).toBe('cannot reach the server');
  });
});
