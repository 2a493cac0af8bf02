export { ActionPlansPage } from './action-plans-page';
