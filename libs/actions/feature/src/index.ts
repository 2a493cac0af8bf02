export { ActionPlansPage } from './action-plans-page';
export { ActionRegisterPage } from './action-register-page';
export { NewActionPage, EditActionPage } from './forms/action-form';
