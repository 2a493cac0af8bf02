import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayInEngland } from '@sli/shared/domain';
import { APP_CONFIG, type AppConfig, cliScope, runInScope } from '@sli/shared/api-core';
import { OutboxService } from './outbox.service';
import { RemindersService } from './reminders.service';

/**
 * Every REMINDERS_EVERY_SECONDS: queue the day's reminders, then send what the outbox holds. Every API
 * process runs it; the unique keys and the outbox's claims keep each reminder and each email to one.
 * The first run waits one interval, so a start-up (or a test) is never busy with it.
 */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
    private readonly outbox: OutboxService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.REMINDERS_EVERY_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce(new Date()).finally(() => (this.running = null));
    }, seconds * 1000);
    this.timer.unref();
  }

  /** One round, as a system task over every partnership: what the timer runs, and what tests call with their own clock. */
  runOnce(now: Date): Promise<void> {
    return runInScope(cliScope('reminders'), async () => {
      try {
        const queued = await this.reminders.queueDue(todayInEngland(now));
        const delivered = await this.outbox.deliver(now);
        if (queued.notices || delivered.sent || delivered.retrying || delivered.failed) {
          this.logger.log(`${queued.notices} notices, ${queued.emails} emails queued; ${delivered.sent} sent, ${delivered.retrying} to retry, ${delivered.failed} failed`);
        }
      } catch (error) {
        this.logger.error(`reminders round failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
