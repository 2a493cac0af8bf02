import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeasureEntity, ObaQuadrant } from '@sli/measures-api';
import { PartnershipEntity } from '@sli/partnerships-api';
import { ANALYTICS_READS, InputError } from '@sli/shared/api-core';
import { DataSource, In } from 'typeorm';
import { ObaScorecard } from './models/oba.models';

const QUESTIONS: readonly [ObaQuadrant, string][] = [
  [ObaQuadrant.HOW_MUCH, 'How much did we do?'],
  [ObaQuadrant.HOW_WELL, 'How well did we do it?'],
  [ObaQuadrant.BETTER_OFF, 'Is anyone better off?'],
];

/** Partnerships' measures laid out as OBA scorecards; each entry's analysis is resolved on demand. */
@Injectable()
export class ObaScorecardService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  /**
   * One scorecard per partnership, by partnership name (all partnerships when `partnershipIds` is
   * undefined); an id that is not a partnership is an input error naming `field`.
   */
  async scorecards(partnershipIds: string[] | undefined, asOf: string, forecastPeriods: number, field = 'partnershipIds'): Promise<ObaScorecard[]> {
    const partnerships = await this.dataSource.getRepository(PartnershipEntity).find({
      where: partnershipIds ? { id: In(partnershipIds) } : {},
      order: { name: 'ASC', id: 'ASC' },
    });
    const missing = (partnershipIds ?? []).filter((id) => !partnerships.some((p) => p.id === id));
    if (missing.length > 0) throw new InputError([{ field, message: `names no partnership: ${missing.join(', ')}` }]);
    // Headline measures first, then secondary ones, each by name.
    const measures = await this.dataSource.getRepository(MeasureEntity).find({
      where: { partnershipId: In(partnerships.map((p) => p.id)) },
      order: { headline: 'DESC', name: 'ASC', id: 'ASC' },
    });
    return partnerships.map((partnership) => ({
      partnership,
      asOf,
      quadrants: QUESTIONS.map(([quadrant, question]) => ({
        quadrant,
        question,
        measures: measures
          .filter((m) => m.partnershipId === partnership.id && m.quadrant === quadrant)
          .map((measure) => ({ measure, asOf, forecastPeriods })),
      })),
    }));
  }
}
