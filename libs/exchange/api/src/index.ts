export { ExchangeModule } from './exchange.module';
export { ANALYZE_AFTER_RECORDS, ImportService, type ImportProgress } from './import.service';
export { ExportService, type ExportProgress } from './export.service';
export { ImportResult, ImportSectionResult } from './models/import-result.model';
export { JSONScalar } from '@sli/shared/api-core';
export { schemaProblems } from './bundle-schema';
