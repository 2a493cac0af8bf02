export { AuditsPage } from './audits-page';
