export { RemindersModule } from './reminders.module';
export { OutboxService, MAX_ATTEMPTS, type DeliveryResult } from './outbox.service';
export { RemindersService, type QueueResult } from './reminders.service';
export { RemindersScheduler } from './reminders.scheduler';
export { ReminderEmail } from './notices.resolver';
export { queueEmail } from './queue-email';
export { escapeHtml } from './reminder-message';
