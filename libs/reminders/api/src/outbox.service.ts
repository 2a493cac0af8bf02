import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Mailer } from './mailer';

/** Sends are retried with growing waits: 1, 2, 4, 8 … minutes, at most a day; after this many attempts a message is marked failed. */
export const MAX_ATTEMPTS = 8;
/** How long a claimed message is held by the process sending it before another may take it over. */
const CLAIM_SECONDS = 120;

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * The outbox: every email is a row first, written in the same transaction as what caused it, then sent
 * by whichever API process claims it. A claim is an UPDATE of rows picked `FOR UPDATE SKIP LOCKED`, so
 * two processes never claim the same message; a message is marked sent only after the SMTP server has
 * accepted it. A process that dies between the two leaves the claim to expire and the message to be sent
 * again (its Message-ID stays the same, so mail systems can tell).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  /** Sends what is due at `now` (pending and past its next attempt, or claimed by a process that never finished). */
  async deliver(now: Date, batch = 20): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
    if (!this.mailer.configured) return result;
    // TypeORM answers an UPDATE with [rows, row count].
    const [claimed] = (await this.dataSource.query(
      `UPDATE outbox_messages m SET status = 'sending', attempts = m.attempts + 1, claimed_until = $1::timestamptz + make_interval(secs => $2)
        WHERE m.id IN (
          SELECT id FROM outbox_messages
           WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_until < $1)
           ORDER BY next_attempt_at, id
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m.to_address, m.subject, m.text_body, m.html_body, m.attempts`,
      [now.toISOString(), CLAIM_SECONDS, batch],
    )) as [Claimed[], number];
    for (const m of claimed) {
      try {
        await this.mailer.send({ id: m.id, to: m.to_address, subject: m.subject, text: m.text_body, html: m.html_body });
        await this.dataSource.query(`UPDATE outbox_messages SET status = 'sent', sent_at = $2, claimed_until = NULL, last_error = NULL WHERE id = $1`, [
          m.id,
          now.toISOString(),
        ]);
        result.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = m.attempts >= MAX_ATTEMPTS;
        const waitMinutes = Math.min(2 ** (m.attempts - 1), 24 * 60);
        await this.dataSource.query(
          `UPDATE outbox_messages SET status = $2, claimed_until = NULL, last_error = $3,
                  next_attempt_at = $4::timestamptz + make_interval(mins => $5) WHERE id = $1`,
          [m.id, failed ? 'failed' : 'pending', message.slice(0, 500), now.toISOString(), waitMinutes],
        );
        if (failed) result.failed++;
        else result.retrying++;
        this.logger.warn(`message ${m.id} not sent (attempt ${m.attempts}${failed ? ', giving up' : `, again in ${waitMinutes} min`}): ${message}`);
      }
    }
    return result;
  }
}
