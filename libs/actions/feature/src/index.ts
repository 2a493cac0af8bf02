export { ActionPlansPage } from './action-plans-page';
export { ActionRegisterPage } from './action-register-page';
