export { AgenciesPage } from './agencies-page';
