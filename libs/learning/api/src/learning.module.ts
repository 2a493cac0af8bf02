import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditsModule } from '@sli/audits-api';
import { ReviewsModule } from '@sli/reviews-api';
import { FindingEntity } from './finding.entity';
import { FindingsResolver } from './findings.resolver';
import { FindingsService } from './findings.service';
import { LearningProductEntity } from './learning-product.entity';
import { LearningProductsResolver } from './learning-products.resolver';
import { LearningProductsService } from './learning-products.service';
import { AuditLearningResolver, ReviewLearningResolver } from './parent-fields.resolver';
import { RecommendationEntity } from './recommendation.entity';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [TypeOrmModule.forFeature([FindingEntity, RecommendationEntity, LearningProductEntity]), ReviewsModule, AuditsModule],
  providers: [
    FindingsService,
    RecommendationsService,
    LearningProductsService,
    FindingsResolver,
    RecommendationsResolver,
    LearningProductsResolver,
    ReviewLearningResolver,
    AuditLearningResolver,
  ],
  exports: [FindingsService, RecommendationsService, LearningProductsService],
})
export class LearningModule {}
