import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MeasureEntity } from '../measure.entity';
import { MeasureKind } from '../measure.enums';
import { ObaResultEntity, ObaStrategyActionEntity, ObaStrategyEntity, ObaStrategyPartnerEntity } from './oba-result.entity';

/** One (result, agency) pair: an agency that partners at least one strategy of the result. */
export interface ResultPartner {
  resultId: string;
  agencyId: string;
}

/**
 * The reads behind the results hierarchy, each for many parents at once, so a scorecard costs one
 * statement per level however many results, strategies and measures it shows (see oba-results.loader.ts).
 */
@Injectable()
export class ObaResultsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A partnership's results in scorecard order. */
  resultsOf(partnershipId: string): Promise<ObaResultEntity[]> {
    return this.dataSource.manager.find(ObaResultEntity, { where: { partnershipId }, order: { position: 'ASC', ref: 'ASC' } });
  }

  resultsByIds(ids: readonly string[]): Promise<ObaResultEntity[]> {
    return this.dataSource.manager.findBy(ObaResultEntity, { id: In([...ids]) });
  }

  strategiesByIds(ids: readonly string[]): Promise<ObaStrategyEntity[]> {
    return this.dataSource.manager.findBy(ObaStrategyEntity, { id: In([...ids]) });
  }

  /** The strategies of many results, in their order under each. */
  strategiesByResultIds(resultIds: readonly string[]): Promise<ObaStrategyEntity[]> {
    return this.dataSource.manager.find(ObaStrategyEntity, {
      where: { resultId: In([...resultIds]) },
      order: { position: 'ASC', ref: 'ASC' },
    });
  }

  /** The indicators of many results: headline ones first, then by name. */
  indicatorsByResultIds(resultIds: readonly string[]): Promise<MeasureEntity[]> {
    return this.dataSource.manager.find(MeasureEntity, {
      where: { resultId: In([...resultIds]), kind: MeasureKind.INDICATOR },
      order: { headline: 'DESC', name: 'ASC', id: 'ASC' },
    });
  }

  /** The performance measures of many strategies: headline ones first, then by name. */
  measuresByStrategyIds(strategyIds: readonly string[]): Promise<MeasureEntity[]> {
    return this.dataSource.manager.find(MeasureEntity, {
      where: { strategyId: In([...strategyIds]) },
      order: { headline: 'DESC', name: 'ASC', id: 'ASC' },
    });
  }

  partnerLinks(strategyIds: readonly string[]): Promise<ObaStrategyPartnerEntity[]> {
    return this.dataSource.manager.findBy(ObaStrategyPartnerEntity, { strategyId: In([...strategyIds]) });
  }

  actionLinks(strategyIds: readonly string[]): Promise<ObaStrategyActionEntity[]> {
    return this.dataSource.manager.findBy(ObaStrategyActionEntity, { strategyId: In([...strategyIds]) });
  }

  /** A result's partners are the union of its strategies' partners. */
  async resultPartners(resultIds: readonly string[]): Promise<ResultPartner[]> {
    const rows: { result_id: string; agency_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT s.result_id, l.agency_id
       FROM oba_strategies s JOIN oba_strategy_partners l ON l.strategy_id = s.id
       WHERE s.result_id = ANY($1::uuid[])`,
      [[...resultIds]],
    );
    return rows.map((r) => ({ resultId: r.result_id, agencyId: r.agency_id }));
  }
}
