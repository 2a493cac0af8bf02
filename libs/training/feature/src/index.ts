export { TrainingPage } from './training-page';
