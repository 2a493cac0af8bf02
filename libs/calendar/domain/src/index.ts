export { ENGLAND_AND_WALES_BANK_HOLIDAYS, type BankHoliday } from './england-and-wales-bank-holidays';
export { addWorkingDays, isWeekend, isWorkingDay, workingDaysBetween } from './working-days';
