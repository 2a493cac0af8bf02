export { ReviewsPage } from './reviews-page';
export { ReviewPage } from './review-page';
export { NotificationPage } from './notification-page';
export { NewNotificationPage, EditNotificationPage } from './forms/notification-form';
export { NewReviewPage, EditReviewPage } from './forms/review-form';
export { FindingFormPage } from './forms/finding-form';
export { RecommendationFormPage } from './forms/recommendation-form';
export { LearningProductFormPage } from './forms/learning-product-form';
export { TimescaleChangeFormPage } from './forms/timescale-change-form';
