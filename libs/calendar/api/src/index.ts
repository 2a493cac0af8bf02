export { CalendarModule } from './calendar.module';
export { CalendarService } from './calendar.service';
export { BankHolidayEntity } from './bank-holiday.entity';
export { BankHoliday } from './models/bank-holiday.model';
export { BankHolidaySource } from './calendar.enums';
