export { LearningModule } from './learning.module';
export { FindingsService } from './findings.service';
export { RecommendationsService } from './recommendations.service';
export { LearningProductsService } from './learning-products.service';
export {
  findingLoader,
  findingsByAuditLoader,
  findingsByReviewLoader,
  learningProductLoader,
  recommendationLoader,
  recommendationsByAuditLoader,
  recommendationsByFindingLoader,
  recommendationsByReviewLoader,
} from './learning.loaders';
export { FindingEntity } from './finding.entity';
export { RecommendationEntity } from './recommendation.entity';
export { LearningProductEntity } from './learning-product.entity';
export { Finding, FindingConnection } from './models/finding.model';
export { Recommendation, RecommendationConnection } from './models/recommendation.model';
export { LearningProduct, LearningProductConnection } from './models/learning-product.model';
export { FindingKind, LearningProductKind } from './learning.enums';
