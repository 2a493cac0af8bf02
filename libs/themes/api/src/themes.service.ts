import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { PartnershipsService } from '@sli/partnerships-api';
import { assertNothingDepends, containsPattern, InputError, NotFoundError, type Page, PageArgs, paginate } from '@sli/shared/api-core';
import { DataSource, In, Repository } from 'typeorm';
import { CreateThemeInput, ThemeFilter, UpdateThemeInput } from './dto/theme.input';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class ThemesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /**
   * Deletes a partnership's own theme that tags nothing: refused for the shipped taxonomy (its codes are
   * what figures compare across partnerships) and, naming them, while records are tagged with it.
   * Returns it as it was; the change history keeps it.
   */
  remove(id: string): Promise<ThemeEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(ThemeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Theme', id);
      const label = `"${existing.name}" (${existing.code})`;
      if (existing.isDefault) {
        const message = `Theme ${label} is one of the shipped themes, which every partnership keeps so figures compare; it cannot be deleted. Rename it or change its description instead.`;
        throw new InputError([{ field: 'id', message }], message);
      }
      await assertNothingDepends(m, { entity: 'Theme', id, ref: label }, THEME_DEPENDENTS);
      await m.delete(ThemeEntity, { id });
      return { ...existing };
    });
  }
}


/**
 * Each kind of record a theme tags, through its link table, by the record's reference. Each table with
 * a foreign key to themes is here: reference-deletion.int-spec checks it against the database's constraints.
 */
export const THEME_DEPENDENTS = (
  [
    ['notification', 'notifications', 'notifications', 'notification_themes', 'notification_id'],
    ['review', 'reviews', 'reviews', 'review_themes', 'review_id'],
    ['audit', 'audits', 'audits', 'audit_themes', 'audit_id'],
    ['finding', 'findings', 'findings', 'finding_themes', 'finding_id'],
    ['action', 'actions', 'actions', 'action_themes', 'action_id'],
    ['training course', 'training courses', 'training_courses', 'training_course_themes', 'course_id'],
    ['learning product', 'learning products', 'learning_products', 'learning_product_themes', 'learning_product_id'],
  ] as const
).map(([one, many, table, links, column]) => ({
  noun: [`${one} tagged with it`, `${many} tagged with it`] as const,
  sql: `SELECT r.ref FROM ${table} r JOIN ${links} x ON x.${column} = r.id WHERE x.theme_id = $1`,
}));
