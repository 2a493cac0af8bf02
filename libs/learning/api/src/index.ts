export { LearningModule } from './learning.module';
