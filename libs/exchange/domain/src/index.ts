export * from './bundle.types';
