import { Module } from '@nestjs/common';
import { CalendarModule } from '@sli/calendar-api';
import { Mailer } from './mailer';
import { NoticesResolver } from './notices.resolver';
import { OutboxService } from './outbox.service';
import { RemindersScheduler } from './reminders.scheduler';
import { RemindersService } from './reminders.service';

/** Reminders of agencies' actions in the product and by email, through the outbox (issue 13). */
@Module({
  imports: [CalendarModule],
  providers: [Mailer, OutboxService, RemindersService, RemindersScheduler, NoticesResolver],
  exports: [OutboxService, RemindersService, RemindersScheduler],
})
export class RemindersModule {}
