import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ReminderEmail } from '@sli/shared/data-access';
import { formatDateTime, PageHeader, QueryState, Radios, SuccessMessage } from '@sli/shared/ui';
import { useMarkNoticesRead, useMyNotices, useSetReminderEmail, type NoticeRow } from './api/notices';
import './reminders.css';

const CHOICES: { value: ReminderEmail; label: string; hint: string }[] = [
  { value: 'EACH', label: 'Each reminder as it comes', hint: 'One email for each reminder.' },
  { value: 'DAILY_DIGEST', label: 'One email a day', hint: 'The day’s reminders together, in one email.' },
  { value: 'NONE', label: 'No email', hint: 'Reminders stay here in the product only.' },
];

/** What happened to a notice's email, in words. */
function emailWords(n: NoticeRow, choice: ReminderEmail): string {
  switch (n.email) {
    case 'sent':
      return 'Emailed to you';
    case 'pending':
    case 'sending':
      return 'Email waiting to be sent';
    case 'failed':
      return 'The email could not be sent';
    default:
      return choice === 'DAILY_DIGEST' ? 'In your next daily email' : 'Not emailed';
  }
}

/** A notice's link as a path in this product (the email carries the full address). */
function pathOf(link: string): string {
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return link;
  }
}

/** Your reminders: the actions and information requests of your agency falling due or overdue, read or not, and how they reach you by email. */
export function RemindersPage() {
  const notices = useMyNotices();
  const markRead = useMarkNoticesRead();
  const setEmail = useSetReminderEmail();
  const [choice, setChoice] = useState<ReminderEmail>('EACH');
  const [saved, setSaved] = useState<string | null>(null);
  const current = notices.data?.reminderEmail;
  useEffect(() => {
    if (current) setChoice(current);
  }, [current]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const chosen = await setEmail.mutateAsync(choice);
    setSaved(`Saved: ${CHOICES.find((c) => c.value === chosen)?.label.toLowerCase() ?? chosen}.`);
  };
  const unread = (notices.data?.nodes ?? []).filter((n) => !n.readAt);

  return (
    <div className="reminders-page">
      <PageHeader
        title="Your reminders"
        lead="Actions and information requests your agency owes: a reminder as one falls due (a week ahead for an action, two working days for a request), the day it becomes overdue, then weekly until it is done; and the committee packs sent to you as a member of a group."
      />
      <QueryState isLoading={notices.isLoading} error={notices.error}>
        <section aria-labelledby="notices-heading">
          <h2 id="notices-heading">
            Reminders <span className="hint">({notices.data?.unread ?? 0} unread)</span>
          </h2>
          {unread.length > 1 ? (
            <button type="button" className="secondary" disabled={markRead.isPending} onClick={() => markRead.mutate(unread.map((n) => n.id))}>
              Mark all as read
            </button>
          ) : null}
          {(notices.data?.nodes ?? []).length === 0 ? (
            <p>You have no reminders.</p>
          ) : (
            <ul className="reminder-list">
              {(notices.data?.nodes ?? []).map((n) => (
                <li key={n.id} className={n.readAt ? 'reminder read' : 'reminder'}>
                  <p className="reminder-title">
                    {n.readAt ? null : <strong className="tag">New</strong>} <Link to={pathOf(n.link)}>{n.title}</Link>
                  </p>
                  <p>{n.body}</p>
                  <p className="hint">
                    {formatDateTime(n.createdAt)} · {emailWords(n, notices.data?.reminderEmail ?? 'EACH')}
                  </p>
                  {n.readAt ? null : (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Mark as read: ${n.title}`}
                      disabled={markRead.isPending}
                      onClick={() => markRead.mutate([n.id])}
                    >
                      Mark as read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="email-heading">
          <h2 id="email-heading">Email</h2>
          <SuccessMessage message={saved} />
          <form onSubmit={(e) => void save(e)} noValidate>
            <Radios
              id="reminder-email"
              name="reminderEmail"
              legend="How should reminders reach you by email?"
              options={CHOICES}
              value={choice}
              onChange={(v) => setChoice(v as ReminderEmail)}
            />
            <button type="submit" disabled={setEmail.isPending}>
              Save
            </button>
            {setEmail.error ? (
              <p className="error-message" role="alert">
                Not saved: {setEmail.error.message}
              </p>
            ) : null}
          </form>
        </section>
      </QueryState>
    </div>
  );
}
