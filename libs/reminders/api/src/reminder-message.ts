import type { ReminderKind } from '@sli/actions-domain';
import { longDate } from '@sli/shared/domain';

export interface ReminderFacts {
  kind: ReminderKind;
  /** What is due, as the sentence's subject: `Action LCSPR-2025-26-02/A1`, `The chronology for review RR-2026-27-03`. */
  what: string;
  ref: string;
  /** What it asks, in a sentence: the action's title, or the request's kind. */
  title: string;
  dueOn: string;
  daysOverdue: number;
  agency: string;
  /** Where it comes from: "review LCSPR-2025-26-02", "audit CA-2026-01". */
  source: string | null;
  /** The page to open, absolute. */
  link: string;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The notice's title: what happened to which action. */
export function reminderTitle(f: ReminderFacts): string {
  const due = longDate(f.dueOn);
  switch (f.kind) {
    case 'due-soon':
      return `${f.what} is due on ${due}`;
    case 'overdue':
      return `${f.what} is overdue: it was due on ${due}`;
    case 'still-overdue':
      return `${f.what} is still overdue: ${f.daysOverdue} days since ${due}`;
  }
}

/** The notice's body, in plain words: what it asks, whose it is, where it comes from. */
export function reminderBody(f: ReminderFacts): string {
  return `${f.title}. Owner: ${f.agency}${f.source ? `; from ${f.source}` : ''}.`;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = (settings: string) => `You receive this because you lead your agency's actions, information requests and audit returns. Choose how reminders reach you (each, a daily digest, or none): ${settings}`;

/** One reminder as an email: plain text and HTML with the same words and the link. */
export function reminderMail(f: ReminderFacts, settings: string): ComposedMail {
  const title = reminderTitle(f);
  const body = reminderBody(f);
  return {
    subject: title,
    text: `${title}\n\n${body}\n\nOpen it: ${f.link}\n\n${FOOTER(settings)}\n`,
    html:
      `<p><strong>${escapeHtml(title)}</strong></p><p>${escapeHtml(body)}</p>` +
      `<p><a href="${escapeHtml(f.link)}">Open ${escapeHtml(f.ref)}</a></p><p style="color:#505a5f">${escapeHtml(FOOTER(settings))}</p>`,
  };
}

/** A day's reminders for one person as one email. */
export function digestMail(day: string, items: { title: string; body: string; link: string }[], settings: string): ComposedMail {
  const subject = `Your reminders for ${longDate(day)}: ${items.length} ${items.length === 1 ? 'item' : 'items'}`;
  return {
    subject,
    text: `${subject}\n\n${items.map((i) => `- ${i.title}\n  ${i.body}\n  ${i.link}`).join('\n\n')}\n\n${FOOTER(settings)}\n`,
    html:
      `<p><strong>${escapeHtml(subject)}</strong></p><ul>` +
      items.map((i) => `<li><a href="${escapeHtml(i.link)}">${escapeHtml(i.title)}</a><br>${escapeHtml(i.body)}</li>`).join('') +
      `</ul><p style="color:#505a5f">${escapeHtml(FOOTER(settings))}</p>`,
  };
}
