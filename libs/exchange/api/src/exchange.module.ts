import { Module } from '@nestjs/common';
import { ExchangeResolver } from './exchange.resolver';
import { ExportService } from './export.service';
import { GuardedExchange } from './guarded-exchange.service';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

/** Data bundle import and export (GraphQL and POST /api/import). Works in SQL on the shared DataSource: no entities, no domain services. */
@Module({
  controllers: [ImportController],
  providers: [ImportService, ExportService, GuardedExchange, ExchangeResolver],
  exports: [ImportService, ExportService],
})
export class ExchangeModule {}
