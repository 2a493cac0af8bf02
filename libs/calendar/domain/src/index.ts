export { ENGLAND_AND_WALES_BANK_HOLIDAYS, type BankHoliday } from './england-and-wales-bank-holidays';
