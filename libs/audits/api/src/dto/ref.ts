import { Matches } from 'class-validator';

/** Same shape of source reference every domain accepts. */
export const IsRef = () => Matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}$/, { message: 'must be 1–80 letters, digits, . _ : / or -' });
