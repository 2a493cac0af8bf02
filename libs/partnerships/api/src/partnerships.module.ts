import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyEntity } from './agency.entity';
import { PartnershipEntity } from './partnership.entity';
import { AgenciesResolver, PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';

@Module({
  imports: [TypeOrmModule.forFeature([PartnershipEntity, AgencyEntity])],
  providers: [PartnershipsService, PartnershipsResolver, AgenciesResolver],
  exports: [PartnershipsService],
})
export class PartnershipsModule {}
