import { Module } from '@nestjs/common';
import { ExchangeResolver } from './exchange.resolver';
import { ExportService } from './export.service';
import { GuardedExchange } from './guarded-exchange.service';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { SpreadsheetImportController } from './spreadsheets/spreadsheet-import.controller';
import { SpreadsheetImportService } from './spreadsheets/spreadsheet-import.service';

/** Data bundle import and export (GraphQL and POST /api/import), and spreadsheets in (POST /api/import/spreadsheet). Works in SQL on the shared DataSource: no entities, no domain services. */
@Module({
  controllers: [ImportController, SpreadsheetImportController],
  providers: [ImportService, ExportService, GuardedExchange, ExchangeResolver, SpreadsheetImportService],
  exports: [ImportService, ExportService, SpreadsheetImportService],
})
export class ExchangeModule {}
