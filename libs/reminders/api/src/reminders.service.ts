import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dueDateReminder } from '@sli/actions-domain';
import { AUDIT_RETURN_WORKING_DAYS_BEFORE } from '@sli/audits-domain';
import { addWorkingDays } from '@sli/calendar-domain';
import { CalendarService } from '@sli/calendar-api';
import { APP_CONFIG, type AppConfig } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import { queueEmail } from './queue-email';
import { digestMail, reminderBody, reminderMail, reminderTitle, type ReminderFacts } from './reminder-message';

/** Something an agency owes, and one of its leads: an open action, an information request or an audit return not yet returned. */
interface Candidate {
  about: 'action' | 'request' | 'return';
  item_id: string;
  partnership_id: string;
  ref: string;
  /** The action's title, the request's kind, or the audit's title. */
  title: string;
  due_on: string;
  review_id: string | null;
  review_ref: string | null;
  audit_id: string | null;
  audit_ref: string | null;
  agency_id: string;
  agency: string;
  user_id: string;
  email: string;
  reminder_email: 'each' | 'daily-digest' | 'none';
}

export interface QueueResult {
  /** New in-product notices. */
  notices: number;
  /** New emails in the outbox (one per notice for "each", one digest per person for "daily-digest"). */
  emails: number;
}

const OPEN = `('not-started', 'in-progress')`;

/** An agency's information for a review is asked with two working days' notice at most (DESIGN: returns within five of the request). */
export const REQUEST_WORKING_DAYS_BEFORE = 2;

const REQUEST_KIND_WORDS: Record<string, string> = {
  'rapid-review-information': 'information for the rapid review',
  scoping: 'scoping information',
  chronology: 'chronology',
  analysis: 'analysis',
};

/** The leads of each item's owning agency, who are reminded of it. */
const LEADS = `JOIN user_partnerships up ON up.partnership_id = x.partnership_id AND up.agency_id = x.agency_id
           JOIN users u ON u.id = up.user_id AND u.role = 'agency-lead' AND NOT u.disabled
           JOIN agencies ag ON ag.id = x.agency_id`;

/**
 * Queues the reminders due on a day: for every open action, and every information request and audit return not yet returned,
 * each lead of the agency that owes it gets a notice
 * in the product, and an email as they chose (each, a daily digest, or none). Safe to run as often as
 * wanted and from several API processes at once: each notice and each email has a unique key, and an
 * insert that meets its key changes nothing.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private link(path: string): string {
    return `${(this.config.PUBLIC_URL ?? `http://127.0.0.1:${this.config.PORT}`).replace(/\/$/, '')}${path}`;
  }

  async queueDue(today: string): Promise<QueueResult> {
    const holidays = await this.calendar.holidays();
    const before = { action: this.config.REMINDER_WORKING_DAYS_BEFORE, request: REQUEST_WORKING_DAYS_BEFORE, return: AUDIT_RETURN_WORKING_DAYS_BEFORE };
    // Everything due by the end of the longer notice window that starts today.
    const horizon = addWorkingDays(today, Math.max(before.action, before.request, before.return), holidays);
    return this.dataSource.transaction(async (m) => {
      const candidates: Candidate[] = await m.query(
        `SELECT x.*, ag.name AS agency, u.id AS user_id, u.email, u.reminder_email FROM (
           SELECT 'action' AS about, a.id AS item_id, a.partnership_id, a.ref, a.title, a.due_on::text AS due_on,
                  a.review_id, r.ref AS review_ref, a.audit_id, au.ref AS audit_ref, a.owner_agency_id AS agency_id
             FROM actions a LEFT JOIN reviews r ON r.id = a.review_id LEFT JOIN audits au ON au.id = a.audit_id
            WHERE a.status IN ${OPEN} AND a.due_on <= $1::date
           UNION ALL
           SELECT 'request', ir.id, ir.partnership_id, ir.ref, ir.kind, ir.due_on::text,
                  ir.review_id, r.ref, NULL, NULL, ir.agency_id
             FROM information_requests ir JOIN reviews r ON r.id = ir.review_id
            WHERE ir.returned_on IS NULL AND ir.due_on <= $1::date
           UNION ALL
           SELECT 'return', rt.id, rt.partnership_id, au.ref, au.title, rt.due_on::text,
                  NULL, NULL, rt.audit_id, au.ref, rt.agency_id
             FROM audit_agency_returns rt JOIN audits au ON au.id = rt.audit_id
            -- A completed round's missing returns stay overdue on its tracker but are no longer chased.
            WHERE rt.returned_on IS NULL AND rt.due_on <= $1::date AND au.completed_on IS NULL
         ) x ${LEADS}
         ORDER BY x.due_on, x.ref, u.email`,
        [horizon],
      );
      const result: QueueResult = { notices: 0, emails: 0 };
      const settings = this.link('/account/reminders');
      for (const c of candidates) {
        const plan = dueDateReminder({ dueOn: c.due_on, open: true }, today, addWorkingDays(c.due_on, -before[c.about], holidays));
        if (!plan) continue;
        const facts = this.facts(c, plan);
        const [notice] = (await m.query(
          `INSERT INTO notices (partnership_id, user_id, kind, action_id, information_request_id, audit_agency_return_id, dedupe_key, title, body, link, created_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`,
          [
            c.partnership_id,
            c.user_id,
            plan.kind,
            c.about === 'action' ? c.item_id : null,
            c.about === 'request' ? c.item_id : null,
            c.about === 'return' ? c.item_id : null,
            `${c.about}:${c.item_id}:${plan.key}`,
            reminderTitle(facts),
            reminderBody(facts),
            facts.link,
            today,
          ],
        )) as { id: string }[];
        if (!notice) continue;
        result.notices++;
        if (c.reminder_email !== 'each') continue;
        const mail = reminderMail(facts, settings);
        const emailId = await queueEmail(m, { partnershipId: c.partnership_id, userId: c.user_id, to: c.email, key: `notice:${notice.id}`, ...mail });
        if (emailId) {
          await m.query(`UPDATE notices SET email_id = $2 WHERE id = $1`, [notice.id, emailId]);
          result.emails++;
        }
      }
      result.emails += await this.queueDigests(m, today, settings);
      return result;
    });
  }

  /** What a reminder says and where it links: a request and a return to their answer form (the agency answers there), an action to its review or audit. */
  private facts(c: Candidate, plan: { kind: ReminderFacts['kind']; daysOverdue: number }): ReminderFacts {
    const common = { kind: plan.kind, ref: c.ref, dueOn: c.due_on, daysOverdue: plan.daysOverdue, agency: c.agency };
    switch (c.about) {
      case 'request': {
        const asked = REQUEST_KIND_WORDS[c.title] ?? c.title;
        return {
          ...common,
          what: `Your ${asked} for review ${c.review_ref}`,
          title: `Information request ${c.ref}: ${asked} for review ${c.review_ref}`,
          source: null,
          link: this.link(`/reviews/${c.review_id}/requests/${c.item_id}/answer`),
        };
      }
      case 'return':
        return {
          ...common,
          what: `Your return for audit ${c.audit_ref}`,
          title: `Your agency's return for audit ${c.audit_ref}: ${c.title}`,
          source: null,
          link: this.link(`/audits/${c.audit_id}/returns/${c.item_id}`),
        };
      case 'action':
        return {
          ...common,
          what: `Action ${c.ref}`,
          title: c.title,
          source: c.review_ref ? `review ${c.review_ref}` : c.audit_ref ? `audit ${c.audit_ref}` : null,
          link: this.link(c.review_id ? `/reviews/${c.review_id}` : c.audit_id ? `/audits/${c.audit_id}` : `/actions/register?agencyId=${c.agency_id}`),
        };
    }
  }

  /** One email per person who chose a daily digest and has notices not yet emailed: at most one per person and day. */
  private async queueDigests(m: EntityManager, today: string, settings: string): Promise<number> {
    const rows: { user_id: string; email: string; partnership_id: string; id: string; title: string; body: string; link: string }[] = await m.query(
      `SELECT n.user_id, u.email, n.partnership_id, n.id, n.title, n.body, n.link
         FROM notices n JOIN users u ON u.id = n.user_id
        WHERE u.reminder_email = 'daily-digest' AND n.email_id IS NULL AND n.created_on <= $1::date
        ORDER BY n.user_id, n.created_at, n.id`,
      [today],
    );
    let emails = 0;
    const byUser = new Map<string, typeof rows>();
    for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
    for (const [userId, items] of byUser) {
      const first = items[0] as (typeof rows)[number];
      const mail = digestMail(today, items, settings);
      const emailId = await queueEmail(m, { partnershipId: first.partnership_id, userId, to: first.email, key: `digest:${userId}:${today}`, ...mail });
      if (!emailId) continue;
      await m.query(`UPDATE notices SET email_id = $2 WHERE id = ANY($1::uuid[])`, [items.map((i) => i.id), emailId]);
      emails++;
    }
    return emails;
  }
}
