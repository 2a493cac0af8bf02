import { parseArgs } from 'node:util';
import { isRole, ROLES, type Role } from '@sli/shared/api-core';

export const USAGE = `Usage:
  npm run users -- add --email E --name N --role ROLE [--partnership REF ...] [--agency REF]
      Adds a user. The password comes from NEW_USER_PASSWORD, or is asked for on a terminal;
      with neither, the user can sign in only through single sign-on.
      ROLE: ${ROLES.join(', ')}
  npm run users -- token --email E [--days N] [--name TEXT]
      Creates a personal access token for the user (default 90 days) and prints it alone on the last line.
  npm run users -- list
      Lists every user with role, partnerships and status.`;

export type UsersCommand =
  | { command: 'add'; email: string; name: string; role: Role; partnerships: string[]; agency: string | null }
  | { command: 'token'; email: string; days: number; name: string }
  | { command: 'list' };

/** Parses the command line; throws an Error whose message says what is wrong. */
export function parseUsersArgs(argv: string[]): UsersCommand {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      partnership: { type: 'string', multiple: true },
      agency: { type: 'string' },
      days: { type: 'string' },
    },
  });
  const need = (key: 'email' | 'name' | 'role'): string => {
    const v = values[key]?.trim();
    if (!v) throw new Error(`--${key} is required`);
    return v;
  };
  switch (command) {
    case 'add': {
      const role = need('role');
      if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(', ')} (got ${role})`);
      return { command, email: need('email'), name: need('name'), role, partnerships: values.partnership ?? [], agency: values.agency ?? null };
    }
    case 'token': {
      const days = values.days === undefined ? 90 : Number(values.days);
      if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error(`--days must be a whole number from 1 to 366 (got ${values.days})`);
      return { command, email: need('email'), days, name: values.name?.trim() || 'Command-line token' };
    }
    case 'list':
      return { command };
    default:
      throw new Error(command ? `Unknown command ${command}` : 'A command is required');
  }
}
