export * from './bundle.types';
export * from './group.types';
export { default as bundleSchema } from './bundle.schema.json';
export { problemLine } from './problem-line';
export * from './spreadsheets';
