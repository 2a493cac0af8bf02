import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { TokensService, UsersService } from '@sli/auth-api';
import { cliScope, InputError, runInScope } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
// The CLI boots the API's own module (same database, same config); an app has no alias to import it by.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';
import { readHidden } from './read-hidden';
import { parseUsersArgs, USAGE, type UsersCommand } from './users-args';

/** `npm run users -- add|token|list`: what an operator (and the checks) use to manage users. */
async function main(argv: string[]): Promise<number> {
  let cmd: UsersCommand;
  try {
    cmd = parseUsersArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const password = cmd.command === 'add' ? await newPassword() : null;
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    return await runInScope(cliScope(`users ${cmd.command}`), () => run(cmd, password, app.get(DataSource), app.get(UsersService), app.get(TokensService)));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) process.stderr.write(`${p.field}: ${p.message}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

async function run(cmd: UsersCommand, password: string | null, db: DataSource, users: UsersService, tokens: TokensService): Promise<number> {
  switch (cmd.command) {
    case 'add': {
      const partnershipIds: string[] = [];
      for (const ref of cmd.partnerships) {
        const [p] = (await db.query(`SELECT id FROM partnerships WHERE ref = $1`, [ref])) as { id: string }[];
        if (!p) throw new InputError([{ field: '--partnership', message: `no partnership has the ref ${ref}` }]);
        partnershipIds.push(p.id);
      }
      let agencyId: string | null = null;
      if (cmd.agency) {
        const [a] = (await db.query(`SELECT id FROM agencies WHERE ref = $1 AND partnership_id = ANY ($2::uuid[])`, [cmd.agency, partnershipIds])) as { id: string }[];
        if (!a) throw new InputError([{ field: '--agency', message: `no agency with the ref ${cmd.agency} in ${cmd.partnerships.join(', ') || 'no partnership'}` }]);
        agencyId = a.id;
      }
      const user = await users.create({ email: cmd.email, name: cmd.name, role: cmd.role, partnershipIds, agencyId, password }, 'cli');
      process.stdout.write(`Added ${user.email} (${user.role}${cmd.partnerships.length ? `, ${cmd.partnerships.join(', ')}` : ''})${password ? '' : ', single sign-on only'}\n`);
      return 0;
    }
    case 'token': {
      const user = await users.findByEmail(cmd.email);
      if (!user) throw new InputError([{ field: '--email', message: `no user has the email ${cmd.email}` }]);
      if (user.disabled) throw new InputError([{ field: '--email', message: `${user.email} is disabled` }]);
      const { token, apiToken } = await tokens.create(user.id, cmd.name, cmd.days);
      process.stdout.write(`Token "${apiToken.name}" for ${user.email}, expires ${apiToken.expiresAt ? new Date(apiToken.expiresAt).toISOString().slice(0, 10) : 'never'}. Send it as "Authorization: Bearer <token>":\n${token}\n`);
      return 0;
    }
    case 'list': {
      const rows = (await db.query(
        `SELECT u.email, u.role, u.disabled, coalesce(string_agg(p.ref, ',' ORDER BY p.ref), '') AS partnerships
         FROM users u LEFT JOIN user_partnerships up ON up.user_id = u.id LEFT JOIN partnerships p ON p.id = up.partnership_id
         GROUP BY u.id ORDER BY u.email`,
      )) as { email: string; role: string; disabled: boolean; partnerships: string }[];
      for (const r of rows) process.stdout.write(`${r.email}\t${r.role}\t${r.partnerships || '-'}\t${r.disabled ? 'disabled' : 'active'}\n`);
      return 0;
    }
  }
}

/** NEW_USER_PASSWORD, else asked twice on a terminal, else none (single sign-on only). */
async function newPassword(): Promise<string | null> {
  const fromEnv = process.env['NEW_USER_PASSWORD'];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return null;
  const first = await readHidden('Password (at least 12 characters; three random words work well): ');
  const again = await readHidden('Same password again: ');
  if (first !== again) throw new InputError([{ field: 'password', message: 'the two entries differ' }]);
  return first || null;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`users failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
