export * from './periods';
export * from './rate';
