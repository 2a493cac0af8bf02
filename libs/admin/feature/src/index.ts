export { UsersPage } from './users-page';
export { ChangeHistoryPage } from './history-page';
