export { ObaScorecardPage } from './oba-scorecard-page';
export { ResultsView } from './components/results-view';
