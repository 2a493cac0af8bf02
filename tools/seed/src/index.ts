export { checkBundle } from './check-bundle';
export { DEFAULT_OPTIONS, generateBundle, type GenerateOptions, type GenerateProgress, NATIONAL_OPTIONS } from './generate';
export { formatBundle, writeBundleFile } from './write-bundle';
