export { ObaScorecardPage } from './oba-scorecard-page';
export { ObaMeasurePage } from './oba-measure-page';
