export * from './bundle.types';
export { default as bundleSchema } from './bundle.schema.json';
export * from './spreadsheets';
