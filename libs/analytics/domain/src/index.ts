export * from './periods';
export * from './rate';
export * from './oba';
export * from './theme-metrics';
export * from './audit-grades';
export * from './training-impact';
export * from './suppression';
export * from './report-figures';
