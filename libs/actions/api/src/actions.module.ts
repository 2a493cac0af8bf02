import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditsModule } from '@sli/audits-api';
import { LearningModule } from '@sli/learning-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { InformationRequestEntity, ReviewsModule } from '@sli/reviews-api';
import { ActionUpdateEntity } from './action-update.entity';
import { ActionEntity } from './action.entity';
import {
  ActionsResolver,
  AgencyActionsResolver,
  AuditActionsResolver,
  RecommendationActionsResolver,
  ReviewActionsResolver,
} from './actions.resolver';
import { ActionsService } from './actions.service';
import { MyWorkResolver } from './my-work.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([ActionEntity, ActionUpdateEntity, InformationRequestEntity]), PartnershipsModule, ReviewsModule, AuditsModule, LearningModule],
  providers: [
    ActionsService,
    ActionsResolver,
    ReviewActionsResolver,
    AuditActionsResolver,
    RecommendationActionsResolver,
    AgencyActionsResolver,
    MyWorkResolver,
  ],
  exports: [ActionsService],
})
export class ActionsModule {}
