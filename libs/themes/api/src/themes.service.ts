import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PartnershipsService } from '@sli/partnerships-api';
import { containsPattern, InputError, NotFoundError, type Page, PageArgs, paginate } from '@sli/shared/api-core';
import { In, Repository } from 'typeorm';
import { CreateThemeInput, ThemeFilter, UpdateThemeInput } from './dto/theme.input';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class ThemesService {
  constructor(
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    private readonly partnerships: PartnershipsService,
  ) {}

  list(filter: ThemeFilter = {}, page: PageArgs): Promise<Page<ThemeEntity>> {
    const qb = this.themes.createQueryBuilder('t');
    if (filter.partnershipId) qb.andWhere('t.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.group) qb.andWhere('t.themeGroup = :group', { group: filter.group });
    if (filter.isDefault !== undefined && filter.isDefault !== null) qb.andWhere('t.isDefault = :isDefault', { isDefault: filter.isDefault });
    if (filter.search) {
      qb.andWhere('(t.name ILIKE :search OR t.code ILIKE :search)', { search: containsPattern(filter.search) });
    }
    return paginate(qb, page, { property: 'name', sqlType: 'text', direction: 'ASC' }, (t) => t.name);
  }

  findByIds(ids: readonly string[]): Promise<ThemeEntity[]> {
    return this.themes.findBy({ id: In([...ids]) });
  }

  /** For importers: a partnership's themes by their stable codes. */
  findByCodes(partnershipId: string, codes: readonly string[]): Promise<ThemeEntity[]> {
    return this.themes.findBy({ partnershipId, code: In([...codes]) });
  }

  async get(id: string): Promise<ThemeEntity> {
    const found = await this.themes.findOneBy({ id });
    if (!found) throw new NotFoundError('Theme', id);
    return found;
  }

  async create(input: CreateThemeInput): Promise<ThemeEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    // Checked first for a clear message; the unique constraint still guards concurrent creates.
    const taken = await this.themes.findOneBy({ partnershipId: input.partnershipId, code: input.code });
    if (taken) {
      throw new InputError([{ field: 'code', message: `is already used by the theme "${taken.name}" in this partnership` }]);
    }
    return this.themes.save(this.themes.create({ description: null, ...input, isDefault: false }));
  }

  async update(id: string, input: UpdateThemeInput): Promise<ThemeEntity> {
    const existing = await this.get(id);
    return this.themes.save(this.themes.merge(existing, input));
  }
}

