import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsModule } from '@sli/actions-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { MeasureNoteEntity } from './measure-note.entity';
import { MeasureStoriesResolver } from './measure-stories.resolver';
import { MeasureStoriesService } from './measure-stories.service';
import { MeasureValueEntity } from './measure-value.entity';
import { MeasureEntity } from './measure.entity';
import { MeasuresResolver } from './measures.resolver';
import { ActionImpactMeasureResolver } from './action-impact.resolver';
import { MeasuresService } from './measures.service';
import { ObaResultEntity, ObaStrategyActionEntity, ObaStrategyEntity, ObaStrategyPartnerEntity } from './results/oba-result.entity';
import { MeasurePlaceResolver, ObaResultsResolver, ObaStrategiesResolver } from './results/oba-results.resolver';
import { ObaResultsQueries } from './results/oba-results.queries';
import { ObaResultsService } from './results/oba-results.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeasureEntity,
      MeasureValueEntity,
      MeasureNoteEntity,
      ObaResultEntity,
      ObaStrategyEntity,
      ObaStrategyPartnerEntity,
      ObaStrategyActionEntity,
    ]),
    PartnershipsModule,
    // The results hierarchy links strategies to the action plan's actions (and shows them as `Action`).
    ActionsModule,
  ],
  providers: [
    MeasuresService,
    MeasuresResolver,
    MeasureStoriesService,
    MeasureStoriesResolver,
    ObaResultsQueries, ObaResultsService, ObaResultsResolver, ObaStrategiesResolver, MeasurePlaceResolver,
    ActionImpactMeasureResolver],
  exports: [MeasuresService, ObaResultsQueries],
})
export class MeasuresModule {}
