import type { EntityManager } from 'typeorm';

/** Adds an email to the outbox unless one with that key exists; its id, or null when it already did. */
export async function queueEmail(
  m: EntityManager,
  e: { partnershipId: string; userId: string; to: string; key: string; subject: string; text: string; html: string },
): Promise<string | null> {
  const [row] = (await m.query(
    `INSERT INTO outbox_messages (partnership_id, user_id, to_address, subject, text_body, html_body, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [e.partnershipId, e.userId, e.to, e.subject, e.text, e.html, e.key],
  )) as { id: string }[];
  return row?.id ?? null;
}
