export { ExportsModule } from './exports.module';
export { EXPORTS_PATH } from './exports.controller';
export { EXPORT_LISTS } from './export-lists';
export { EXPORT_PAGE_SIZE } from './list-runner.service';
