import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ListRunner } from './list-runner.service';

/** Whole-list downloads (POST /api/exports): the dashboard's paged lists as CSV or XLSX, every row. */
@Module({
  controllers: [ExportsController],
  providers: [ListRunner],
})
export class ExportsModule {}
