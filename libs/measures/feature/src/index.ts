export { ObaScorecardPage } from './oba-scorecard-page';
