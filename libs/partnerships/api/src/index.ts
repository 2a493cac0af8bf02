export { PartnershipsModule } from './partnerships.module';
export { AGENCY_DEPENDENTS, PartnershipsService } from './partnerships.service';
export { agencyLoader, partnershipLoader } from './partnerships.resolver';
export { PartnershipEntity } from './partnership.entity';
export { AgencyEntity } from './agency.entity';
export { Partnership } from './models/partnership.model';
export { Agency } from './models/agency.model';
export { AgencySector, PartnershipKind } from './partnership.enums';
export { linkedAgencies, type AgencyLinks } from './linked-agencies';
