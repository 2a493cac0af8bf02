import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PartnershipsService } from '@sli/partnerships-api';
import { notificationProblems, type RapidReviewSent } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { assertNothingDepends, chooseSort, InputError, NotFoundError, PageArgs, paginate, SortDirection, type FieldProblem, type Page } from '@sli/shared/api-core';
import { setThemes, type ThemeLink } from '@sli/themes-api';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { CreateNotificationInput, NotificationFilter, notificationSortFieldColumns, NotificationSortField, type NotificationSortArgs, UpdateNotificationInput } from './dto/notification.input';
import { NotificationEntity } from './notification.entity';
import { idsOutsidePartnership } from './partnership-scope';
import { NotificationDecision } from './review.enums';
import { applyPatch } from './review.rules';

export const NOTIFICATION_THEMES: ThemeLink = { table: 'notification_themes', ownerColumn: 'notification_id' };

type NotificationFields = Omit<NotificationEntity, 'id' | 'createdAt' | 'updatedAt'>;

const REQUIRED = ['ref', 'dateAware', 'harm', 'ageBand', 'decision'] as const;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
  ) {}

  list(filter: NotificationFilter = {}, page: PageArgs, sort: NotificationSortArgs = {}): Promise<Page<NotificationEntity>> {
    const qb = this.notifications.createQueryBuilder('n');
    if (filter.partnershipId) qb.andWhere('n.partnershipId = :pid', { pid: filter.partnershipId });
    if (filter.dateAwareFrom) qb.andWhere('n.dateAware >= :from', { from: filter.dateAwareFrom });
    if (filter.dateAwareTo) qb.andWhere('n.dateAware <= :to', { to: filter.dateAwareTo });
    if (filter.harm) qb.andWhere('n.harm = :harm', { harm: filter.harm });
    if (filter.ageBand) qb.andWhere('n.ageBand = :ageBand', { ageBand: filter.ageBand });
    if (filter.decision) qb.andWhere('n.decision = :decision', { decision: filter.decision });
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM notification_themes nt WHERE nt.notification_id = n.id AND nt.theme_id = :themeId)', {
        themeId: filter.themeId,
      });
    }
    const key = chooseSort(notificationSortFieldColumns, { field: NotificationSortField.dateAware, direction: SortDirection.desc }, sort.sort, sort.direction);
    return paginate(qb, page, key);
  }

  findByIds(ids: readonly string[]): Promise<NotificationEntity[]> {
    return this.notifications.findBy({ id: In([...ids]) });
  }

  /** Deletes a notification and its theme tags; refused while reviews come from it or referrals led to it. Returns it as it was. */
  remove(id: string): Promise<NotificationEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(NotificationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('Notification', id);
      await assertNothingDepends(m, { entity: 'Notification', id, ref: existing.ref }, [
        { noun: ['review comes from it', 'reviews come from it'], sql: 'SELECT ref FROM reviews WHERE notification_id = $1' },
        { noun: ['referral led to it', 'referrals led to it'], sql: 'SELECT ref FROM referrals WHERE notification_id = $1' },
      ]);
      await m.delete(NotificationEntity, { id });
      return { ...existing };
    });
  }

  async create(input: CreateNotificationInput): Promise<NotificationEntity> {
    await this.partnerships.getPartnership(input.partnershipId);
    const { themeIds, partnershipId, ...fields } = input;
    const base: NotificationFields = {
      partnershipId,
      ref: randomUUID(),
      dateAware: input.dateAware,
      dateNotified: null,
      harm: input.harm,
      ageBand: input.ageBand,
      decision: NotificationDecision.PENDING,
      summary: null,
    };
    const { merged, problems } = applyPatch(base, fields, REQUIRED);
    return this.dataSource.transaction(async (m) => {
      await this.check(m, null, merged, themeIds, problems);
      const saved = await m.save(NotificationEntity, m.create(NotificationEntity, merged));
      if (themeIds?.length) await setThemes(m, NOTIFICATION_THEMES, partnershipId, saved.id, themeIds);
      return saved;
    });
  }

  async update(id: string, input: UpdateNotificationInput): Promise<NotificationEntity> {
    const { themeIds, ...fields } = input;
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOneBy(NotificationEntity, { id });
      if (!existing) throw new NotFoundError('Notification', id);
      const { merged, problems } = applyPatch(existing, fields, REQUIRED);
      await this.check(m, id, merged, themeIds, problems);
      const saved = await m.save(NotificationEntity, merged);
      if (themeIds) await setThemes(m, NOTIFICATION_THEMES, existing.partnershipId, id, themeIds);
      return saved;
    });
  }

  /** Every rule on the record as it would be saved (with its rapid reviews); throws one error naming every field at fault. */
  private async check(
    m: EntityManager,
    id: string | null,
    n: NotificationFields,
    themeIds: readonly string[] | null | undefined,
    problems: FieldProblem[],
  ): Promise<void> {
    // Its rapid reviews already sent to the Panel: the notification cannot be made after them.
    const rapidReviews: RapidReviewSent[] = id
      ? await m.query(
          `SELECT ref, sent_to_panel_on AS "sentToPanelOn" FROM reviews
           WHERE notification_id = $1 AND type = 'rapid-review' AND sent_to_panel_on IS NOT NULL`,
          [id],
        )
      : [];
    problems.push(...notificationProblems(n, todayInEngland(), rapidReviews));
    const foreignThemes = await idsOutsidePartnership(m, 'themes', n.partnershipId, themeIds ?? []);
    if (foreignThemes.length > 0) {
      problems.push({ field: 'themeIds', message: `holds themes not in this partnership: ${foreignThemes.join(', ')}` });
    }
    if (problems.length > 0) throw new InputError(problems);
  }
}
