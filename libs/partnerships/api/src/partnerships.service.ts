import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { containsPattern, NotFoundError, type Page, PageArgs, paginate } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './dto/agency.input';
import { CreatePartnershipInput, UpdatePartnershipInput } from './dto/partnership.input';
import { PartnershipEntity } from './partnership.entity';

@Injectable()
export class PartnershipsService {
  constructor(
    @InjectRepository(PartnershipEntity) private readonly partnerships: Repository<PartnershipEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
  ) {}

  listPartnerships(page: PageArgs): Promise<Page<PartnershipEntity>> {
    const qb = this.partnerships.createQueryBuilder('p');
    return paginate(qb, page, { property: 'name', sqlType: 'text', direction: 'ASC' }, (p) => p.name);
  }

  findPartnershipsByIds(ids: readonly string[]): Promise<PartnershipEntity[]> {
    return this.partnerships.findBy({ id: In([...ids]) });
  }

  async getPartnership(id: string): Promise<PartnershipEntity> {
    const found = await this.partnerships.findOneBy({ id });
    if (!found) throw new NotFoundError('Partnership', id);
    return found;
  }

  createPartnership(input: CreatePartnershipInput): Promise<PartnershipEntity> {
    return this.partnerships.save(this.partnerships.create({ region: null, suppressionThreshold: 5, followUpWeeks: 8, ...input }));
  }

  async updatePartnership(id: string, input: UpdatePartnershipInput): Promise<PartnershipEntity> {
    const existing = await this.getPartnership(id);
    return this.partnerships.save(this.partnerships.merge(existing, input));
  }

  listAgencies(filter: AgencyFilter = {}, page: PageArgs): Promise<Page<AgencyEntity>> {
    const qb = this.agencies.createQueryBuilder('a');
    if (filter.partnershipId) qb.andWhere('a.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.sector) qb.andWhere('a.sector = :sector', { sector: filter.sector });
    if (filter.search) qb.andWhere('a.name ILIKE :search', { search: containsPattern(filter.search) });
    return paginate(qb, page, { property: 'name', sqlType: 'text', direction: 'ASC' }, (a) => a.name);
  }

  findAgenciesByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    return this.agencies.findBy({ id: In([...ids]) });
  }

  async getAgency(id: string): Promise<AgencyEntity> {
    const found = await this.agencies.findOneBy({ id });
    if (!found) throw new NotFoundError('Agency', id);
    return found;
  }

  async createAgency(input: CreateAgencyInput): Promise<AgencyEntity> {
    await this.getPartnership(input.partnershipId);
    return this.agencies.save(this.agencies.create({ isCoreMember: true, ...input, ref: input.ref ?? randomUUID() }));
  }

  async updateAgency(id: string, input: UpdateAgencyInput): Promise<AgencyEntity> {
    const existing = await this.getAgency(id);
    return this.agencies.save(this.agencies.merge(existing, input));
  }
}

