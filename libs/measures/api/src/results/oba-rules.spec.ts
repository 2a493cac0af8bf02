import { MeasureKind } from '../measure.enums';
import { foreignIds, placeProblems, repeatedIds } from './oba-rules';

describe('OBA results rules', () => {
  it('refuses a strategy for an indicator and a result for a performance measure, naming the field', () => {
    expect(placeProblems(MeasureKind.INDICATOR, 'r', 's').map((p) => p.field)).toEqual(['strategyId']);
    expect(placeProblems(MeasureKind.PERFORMANCE_MEASURE, 'r', null).map((p) => p.field)).toEqual(['resultId']);
    expect(placeProblems(MeasureKind.INDICATOR, 'r', null)).toEqual([]);
    expect(placeProblems(MeasureKind.PERFORMANCE_MEASURE, null, 's')).toEqual([]);
    expect(placeProblems(MeasureKind.PERFORMANCE_MEASURE, null, null)).toEqual([]);
  });

  it('names repeated and foreign ids by their index', () => {
    expect(repeatedIds(['a', 'b', 'a'], 'actionIds')).toEqual([{ field: 'actionIds[2]', message: 'repeats actionIds[0]' }]);
    expect(foreignIds(['a', 'x'], new Set(['a']), 'partnerAgencyIds', 'an agency')).toEqual([
      { field: 'partnerAgencyIds[1]', message: 'must be an agency of the same partnership' },
    ]);
  });
});
