import pg from 'pg';

/** Dates stay `YYYY-MM-DD` text (no time-zone shifts); counts and numerics come back as numbers. */
export function configurePgTypes(): void {
  pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
  pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));
}
