export { TrainingPage } from './training-page';
export { CoursePage } from './course-page';
export { SessionPage } from './session-page';
export { NewCoursePage, EditCoursePage } from './forms/course-form';
export { NewSessionPage, EditSessionPage } from './forms/session-form';
export { BookingFormPage } from './forms/booking-form';
export { EvaluationFormPage } from './forms/evaluation-form';
export { FollowUpFormPage } from './forms/follow-up-form';
