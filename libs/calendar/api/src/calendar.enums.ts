import { registerEnumType } from '@nestjs/graphql';

export enum BankHolidaySource {
  /** Shipped with the product from the GOV.UK list. */
  OFFICIAL = 'official',
  /** Added by an administrator, e.g. a newly proclaimed holiday or a later year. */
  ADMIN = 'admin',
}

registerEnumType(BankHolidaySource, { name: 'BankHolidaySource', description: 'Shipped with the product, or added by an administrator.' });
