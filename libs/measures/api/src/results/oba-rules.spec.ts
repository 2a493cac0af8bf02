import { foreignIds, repeatedIds } from './oba-rules';

describe('OBA results rules', () => {
  it('names repeated and foreign ids by their index', () => {
    expect(repeatedIds(['a', 'b', 'a'], 'actionIds')).toEqual([{ field: 'actionIds[2]', message: 'repeats actionIds[0]' }]);
    expect(foreignIds(['a', 'x'], new Set(['a']), 'partnerAgencyIds', 'agency')).toEqual([
      { field: 'partnerAgencyIds[1]', message: 'must be an agency of this partnership' },
    ]);
  });
});
