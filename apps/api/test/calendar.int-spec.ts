import { randomInt } from 'node:crypto';
import { startTestApi, type TestApi } from './harness';

/** A random Tuesday/Wednesday pair in 2031–2035: far beyond the shipped calendar, and unlikely to clash on a shared server. */
function farFutureWeek(): { tuesday: string; wednesday: string; thursday: string } {
  const firstTuesday2031 = Date.UTC(2031, 0, 7); // 7 January 2031 is a Tuesday
  const tuesday = firstTuesday2031 + randomInt(0, 250) * 7 * 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { tuesday: iso(tuesday), wednesday: iso(tuesday + 86_400_000), thursday: iso(tuesday + 2 * 86_400_000) };
}

describe('Calendar (working days) over GraphQL', () => {
  let api: TestApi;
  const added: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    if (added.length > 0) {
      await api.db
        .query(`DELETE FROM bank_holidays WHERE holiday_date = ANY($1::date[]) AND source = 'admin'`, [added]);
    }
    await api.close();
  });

  it('adds working days, skipping weekends and the Jubilee holidays', async () => {
    const data = await api.gql(`{
      jubilee: addWorkingDays(from: "2022-05-27", days: 5)
      same: addWorkingDays(from: "2022-06-03", days: 0)
      funeral: addWorkingDays(from: "2022-09-16", days: 1)
      christmas: addWorkingDays(from: "2021-12-24", days: 1)
      back: addWorkingDays(from: "2022-06-06", days: -1)
    }`);
    expect(data).toEqual({
      jubilee: '2022-06-07',
      same: '2022-06-03',
      funeral: '2022-09-20',
      christmas: '2021-12-29',
      back: '2022-06-01',
    });
  });

  it('counts working days between two dates, negative when the second is earlier', async () => {
    const data = await api.gql(`{
      forward: workingDaysBetween(from: "2022-05-27", to: "2022-06-07")
      backward: workingDaysBetween(from: "2022-06-07", to: "2022-05-27")
      weekend: workingDaysBetween(from: "2024-06-08", to: "2024-06-09")
    }`);
    expect(data).toEqual({ forward: 5, backward: -5, weekend: 0 });
  });

  it('lists the bank holidays of a period, one-off ones included', async () => {
    const { bankHolidays } = await api.gql(`{ bankHolidays(from: "2022-01-01", to: "2022-12-31") { date name source } }`);
    expect(bankHolidays.map((h: { date: string }) => h.date)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
      '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
    expect(bankHolidays[5]).toEqual({ date: '2022-06-03', name: 'Platinum Jubilee bank holiday', source: 'OFFICIAL' });
  });

  it('counts a holiday an admin adds at once', async () => {
    const { tuesday, wednesday, thursday } = farFutureWeek();
    const query = `query($d: Date!, $to: Date!) { next: addWorkingDays(from: $d, days: 1) between: workingDaysBetween(from: $d, to: $to) }`;
    expect(await api.gql(query, { d: tuesday, to: thursday })).toEqual({ next: wednesday, between: 2 });

    const { addBankHoliday } = await api.system.gql(
      `mutation($input: AddBankHolidayInput!) { addBankHoliday(input: $input) { date name source } }`,
      { input: { date: wednesday, name: 'Test national event' } },
    );
    added.push(wednesday);
    expect(addBankHoliday).toEqual({ date: wednesday, name: 'Test national event', source: 'ADMIN' });

    expect(await api.gql(query, { d: tuesday, to: thursday })).toEqual({ next: thursday, between: 1 });
    const { bankHolidays } = await api.gql(`query($d: Date!) { bankHolidays(from: $d, to: $d) { date source } }`, {
      d: wednesday,
    });
    expect(bankHolidays).toEqual([{ date: wednesday, source: 'ADMIN' }]);
  });

  it('refuses a weekend or an existing holiday, naming the date', async () => {
    const add = `mutation($input: AddBankHolidayInput!) { addBankHoliday(input: $input) { date } }`;
    for (const date of ['2031-03-08', '2022-06-03']) {
      const res = await api.system.raw(add, { input: { date, name: 'Not allowed' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'date' })]);
    }
    const { bankHolidays } = await api.gql(`{ bankHolidays(from: "2031-03-08", to: "2031-03-08") { date } }`);
    expect(bankHolidays).toEqual([]);
    const { jubilee } = await api.gql(`{ jubilee: bankHolidays(from: "2022-06-03", to: "2022-06-03") { name source } }`);
    expect(jubilee).toEqual([{ name: 'Platinum Jubilee bank holiday', source: 'OFFICIAL' }]);
  });

  it('rejects a date that is not a calendar date, and an absurd count', async () => {
    const badDate = await api.raw(`query($d: Date!) { addWorkingDays(from: $d, days: 1) }`, { d: '2022-02-30' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toMatch(/2022-02-30/);
    const badDays = await api.raw(`{ addWorkingDays(from: "2022-02-01", days: 1000000) }`);
    expect(badDays.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'days' })]);
  });
});
