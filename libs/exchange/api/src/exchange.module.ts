import { Module } from '@nestjs/common';
import { ExchangeResolver } from './exchange.resolver';
import { ExportService } from './export.service';
import { ImportService } from './import.service';

/** Data bundle import and export. Works in SQL on the shared DataSource: no entities, no domain services. */
@Module({
  providers: [ImportService, ExportService, ExchangeResolver],
  exports: [ImportService, ExportService],
})
export class ExchangeModule {}
