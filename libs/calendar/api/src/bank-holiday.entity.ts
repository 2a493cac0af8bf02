import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { BankHolidaySource } from './calendar.enums';

/** An England & Wales bank holiday: national reference data, shared by every partnership. */
@Entity('bank_holidays')
export class BankHolidayEntity {
  @PrimaryColumn('date')
  holidayDate!: string;

  @Column('text')
  name!: string;

  @Column('text')
  source!: BankHolidaySource;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
