import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { addWorkingDays, isWeekend, isWorkingDay, workingDaysBetween } from '@sli/calendar-domain';
import { InputError } from '@sli/shared/api-core';
import { QueryFailedError, Repository } from 'typeorm';
import { BankHolidayEntity } from './bank-holiday.entity';
import { BankHolidaySource } from './calendar.enums';
import { AddBankHolidayInput, BankHolidaysArgs } from './dto/bank-holiday.input';
import { BankHoliday } from './models/bank-holiday.model';

/** Larger counts are surely mistakes; this also bounds the day-by-day walk. */
const MAX_DAYS = 10_000;
/** Other API processes pick up a holiday an admin added through one of them within this time. */
const REFRESH_AFTER_MS = 10 * 60_000;

/**
 * Working-day arithmetic on the England & Wales calendar held in `bank_holidays`.
 *
 * The holiday set is loaded at start-up and kept in memory, so the arithmetic never touches the
 * database: other domains may call it inside their own transactions (on PGlite, a query outside
 * the transaction would wait for it to finish, forever). It is reloaded after a change here and,
 * in the background, once it is older than REFRESH_AFTER_MS.
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  private readonly logger = new Logger(CalendarService.name);
  private current?: { holidays: ReadonlySet<string>; loadedAt: number };
  private loading?: Promise<ReadonlySet<string>>;

  constructor(@InjectRepository(BankHolidayEntity) private readonly bankHolidays: Repository<BankHolidayEntity>) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
  }

  /** Every bank-holiday date, `YYYY-MM-DD`. */
  async holidays(): Promise<ReadonlySet<string>> {
    if (!this.current) return this.refresh();
    if (Date.now() - this.current.loadedAt > REFRESH_AFTER_MS && !this.loading) {
      this.refresh().catch((e: unknown) => this.logger.error(`Reloading bank holidays failed: ${String(e)}`));
    }
    return this.current.holidays;
  }

  /** Reloads the holiday set from the database; concurrent callers share one load. */
  refresh(): Promise<ReadonlySet<string>> {
    this.loading ??= this.bankHolidays
      .find({ select: { holidayDate: true } })
      .then((rows) => {
        const holidays: ReadonlySet<string> = new Set(rows.map((r) => r.holidayDate));
        this.current = { holidays, loadedAt: Date.now() };
        return holidays;
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }

  async isWorkingDay(date: string): Promise<boolean> {
    return isWorkingDay(date, await this.holidays());
  }

  /** The nth working day after `from` (`from` itself for 0; counts back when negative). */
  async addWorkingDays(from: string, days: number): Promise<string> {
    if (Math.abs(days) > MAX_DAYS) {
      throw new InputError([{ field: 'days', message: `must be between -${MAX_DAYS} and ${MAX_DAYS}` }]);
    }
    return addWorkingDays(from, days, await this.holidays());
  }

  /** The working days after `from` up to and including `to`; negative when `to` is earlier. */
  async workingDaysBetween(from: string, to: string): Promise<number> {
    return workingDaysBetween(from, to, await this.holidays());
  }

  async listBankHolidays({ from, to }: BankHolidaysArgs = {}): Promise<BankHoliday[]> {
    if (from && to && to < from) throw new InputError([{ field: 'to', message: 'must be on or after from' }]);
    const qb = this.bankHolidays.createQueryBuilder('h').orderBy('h.holidayDate', 'ASC');
    if (from) qb.andWhere('h.holidayDate >= :from', { from });
    if (to) qb.andWhere('h.holidayDate <= :to', { to });
    return (await qb.getMany()).map(toModel);
  }

  /** Adds a holiday (e.g. one proclaimed for a national event) and makes it count at once. */
  async addBankHoliday(input: AddBankHolidayInput): Promise<BankHoliday> {
    if (isWeekend(input.date)) {
      throw new InputError([{ field: 'date', message: `is a Saturday or Sunday, never a working day (${input.date})` }]);
    }
    const existing = await this.bankHolidays.findOneBy({ holidayDate: input.date });
    if (existing) {
      throw new InputError([{ field: 'date', message: `is already a bank holiday: ${existing.name}` }]);
    }
    try {
      // insert, not save: save would quietly update a row another request added since the check.
      await this.bankHolidays.insert({ holidayDate: input.date, name: input.name, source: BankHolidaySource.ADMIN });
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw new InputError([{ field: 'date', message: 'is already a bank holiday' }]);
      }
      throw e;
    }
    await this.refresh();
    return toModel(await this.bankHolidays.findOneByOrFail({ holidayDate: input.date }));
  }
}

function toModel(e: BankHolidayEntity): BankHoliday {
  return { date: e.holidayDate, name: e.name, source: e.source, createdAt: e.createdAt };
}
