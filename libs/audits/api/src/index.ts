export { AuditsModule } from './audits.module';
