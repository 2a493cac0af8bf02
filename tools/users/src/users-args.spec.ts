import { parseUsersArgs } from './users-args';

describe('parseUsersArgs', () => {
  it('reads add with several partnerships and an agency', () => {
    expect(
      parseUsersArgs(['add', '--email', 'a@x.org', '--name', 'Ann', '--role', 'agency-lead', '--partnership', 'NSCP', '--agency', 'POL']),
    ).toEqual({ command: 'add', email: 'a@x.org', name: 'Ann', role: 'agency-lead', partnerships: ['NSCP'], agency: 'POL' });
  });

  it('reads token with its default of 90 days', () => {
    expect(parseUsersArgs(['token', '--email', 'a@x.org'])).toEqual({ command: 'token', email: 'a@x.org', days: 90, name: 'Command-line token' });
  });

  it('names what is wrong', () => {
    expect(() => parseUsersArgs(['add', '--email', 'a@x.org', '--name', 'Ann', '--role', 'wizard'])).toThrow(/--role must be one of admin/);
    expect(() => parseUsersArgs(['add', '--name', 'Ann', '--role', 'admin'])).toThrow('--email is required');
    expect(() => parseUsersArgs(['token', '--email', 'a@x.org', '--days', '0'])).toThrow(/--days must be/);
    expect(() => parseUsersArgs(['remove'])).toThrow('Unknown command remove');
    expect(() => parseUsersArgs(['add', '--colour', 'red'])).toThrow(/colour/);
  });
});
