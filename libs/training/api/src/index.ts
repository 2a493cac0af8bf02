export { TrainingModule } from './training.module';
