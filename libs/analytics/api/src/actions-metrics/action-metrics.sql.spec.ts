import { SqlParams } from '../common/sql-params';
import { ActionMetricsCell, ActionPlanGroupBy } from './action-metrics.enums';
import { groupLabel } from './action-metrics.labels';
import { cellSql, filterSql, IS_COMPLETE, IS_OPEN } from './action-metrics.sql';

describe('action metrics SQL', () => {
  it('takes its status sets from the TS rules', () => {
    expect(IS_OPEN).toBe(`a.status IN ('not-started', 'in-progress')`);
    expect(IS_COMPLETE).toBe(`a.status IN ('completed', 'impact-evidenced')`);
  });

  it('reads asOf only for the figures that depend on it', () => {
    const read: string[] = [];
    const asOf = () => (read.push('asOf'), '$1');
    for (const cell of Object.values(ActionMetricsCell)) cellSql(cell, asOf);
    expect(read).toEqual(['asOf']); // OVERDUE alone
    expect(cellSql(ActionMetricsCell.OVERDUE, () => '$7')).toContain('a.due_on < $7::date');
  });

  it('turns a filter into conditions with one placeholder per value', () => {
    const p = new SqlParams();
    const where = filterSql({ partnershipIds: ['p1', 'p2'], from: '2024-04-01', reviewTypes: [] }, p);
    expect(where).toEqual(['a.partnership_id IN ($1::uuid, $2::uuid)', 'a.due_on >= $3::date', 'r.type IN (NULL)']);
    expect(p.values).toEqual(['p1', 'p2', '2024-04-01']);
  });

  it('labels codes and the "none recorded" group', () => {
    expect(groupLabel(ActionPlanGroupBy.AGENCY_SECTOR, 'childrens-social-care', 'childrens-social-care')).toBe("Children's social care");
    expect(groupLabel(ActionPlanGroupBy.REVIEW_TYPE, 'audit:section-11', null)).toBe('Section 11 audit');
    expect(groupLabel(ActionPlanGroupBy.COMMITTEE, null, null)).toBe('No committee recorded');
    expect(groupLabel(ActionPlanGroupBy.OWNER_AGENCY, 'id-1', 'Northshire Police')).toBe('Northshire Police');
  });
});
