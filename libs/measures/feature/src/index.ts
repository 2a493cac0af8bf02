export { ObaScorecardPage } from './oba-scorecard-page';
export { ObaMeasurePage } from './oba-measure-page';
export { MeasureFormPage } from './measure-form-page';
export { ResultsView } from './components/results-view';
export { PublishedScorecardPage } from './embed/published-scorecard-page';
