import { loadConfig } from './app-config';

describe('DATABASE_READ_URLS', () => {
  const primary = 'postgres://app@db.example.org:5432/sli';

  it('lists each replica, trimmed, in order', () => {
    const config = loadConfig({ DATABASE_URL: primary, DATABASE_READ_URLS: 'postgres://app@r1:5432/sli, postgresql://app@r2:5432/sli' });
    expect(config.DATABASE_READ_URLS).toEqual(['postgres://app@r1:5432/sli', 'postgresql://app@r2:5432/sli']);
  });

  it('is unset by default: the analytics read from DATABASE_URL or the embedded database', () => {
    expect(loadConfig({ DATABASE_URL: primary }).DATABASE_READ_URLS).toBeUndefined();
    expect(loadConfig({}).DATABASE_READ_URLS).toBeUndefined();
  });

  it('refuses replicas without a primary, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_READ_URLS: 'postgres://app@r1:5432/sli' })).toThrow(
      'Invalid configuration: DATABASE_READ_URLS: needs DATABASE_URL (replicas of a PostgreSQL server)',
    );
  });

  it('refuses anything but PostgreSQL connection strings', () => {
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_READ_URLS: 'mysql://r1/sli' })).toThrow(
      /DATABASE_READ_URLS\.0: each must start with postgres:\/\/ or postgresql:\/\//,
    );
  });
});
