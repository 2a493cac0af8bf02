export { ReviewsPage } from './reviews-page';
export { ReviewPage } from './review-page';
