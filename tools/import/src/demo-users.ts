import type { INestApplicationContext } from '@nestjs/common';
import { hashPassword, passwordProblems, UsersService } from '@sli/auth-api';
import type { Role } from '@sli/shared/api-core';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';

/** One demo user per partnership role in each demo partnership, plus the two roles that span partnerships. */
const PARTNERSHIP_ROLES: readonly Role[] = ['admin', 'agency-lead', 'committee-member', 'board-member', 'analyst'];
const WORDS = ['harbour', 'lantern', 'meadow', 'copper', 'willow', 'ember', 'granite', 'orchard', 'falcon', 'thistle', 'pebble', 'saffron'];

export interface DemoUser {
  email: string;
  role: Role;
  partnership: string | null;
}

/** The demo users' email for a role: `admin@northshire.example.org`, or `system-admin@example.org`. */
export function demoEmail(role: Role, partnershipName?: string): string {
  const slug = partnershipName?.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z0-9-]/g, '');
  return slug ? `${role}@${slug}.example.org` : `${role}@example.org`;
}

/** DEMO_PASSWORD, or a random passphrase of four words (printed once at first start). */
export function demoPassword(): { password: string; generated: boolean } {
  const given = process.env['DEMO_PASSWORD'];
  if (given) {
    const problems = passwordProblems(given);
    if (problems.length > 0) throw new Error(`DEMO_PASSWORD ${problems.map((p) => p.message).join('; ')}`);
    return { password: given, generated: false };
  }
  const words = Array.from({ length: 4 }, () => WORDS[randomInt(WORDS.length)]);
  return { password: `${words.join('-')}-${randomInt(10, 100)}`, generated: true };
}

/** Creates the demo users (skipping any that exist) and returns them; run inside a command-line scope. */
export async function createDemoUsers(app: INestApplicationContext, password: string): Promise<DemoUser[]> {
  const db = app.get(DataSource);
  const users = app.get(UsersService);
  const partnerships = (await db.query(
    `SELECT p.id, p.ref, p.name,
       (SELECT a.id FROM agencies a WHERE a.partnership_id = p.id ORDER BY (a.sector = 'police') DESC, a.is_core_member DESC, a.ref LIMIT 1) AS agency_id
     FROM partnerships p ORDER BY p.created_at, p.ref LIMIT 3`,
  )) as { id: string; ref: string; name: string; agency_id: string | null }[];
  const wanted: (DemoUser & { partnershipIds: string[]; agencyId: string | null; name: string })[] = [];
  for (const p of partnerships) {
    for (const role of PARTNERSHIP_ROLES) {
      if (role === 'agency-lead' && !p.agency_id) continue;
      wanted.push({
        email: demoEmail(role, p.name),
        role,
        partnership: p.ref,
        partnershipIds: [p.id],
        agencyId: role === 'agency-lead' ? p.agency_id : null,
        name: `Demo ${role.replace('-', ' ')} (${p.name.split(/\s+/)[0]})`,
      });
    }
  }
  for (const role of ['national-analyst', 'system-admin'] as const) {
    wanted.push({ email: demoEmail(role), role, partnership: null, partnershipIds: [], agencyId: null, name: `Demo ${role.replace('-', ' ')}` });
  }
  const created: DemoUser[] = [];
  // One password for all: hashed once (argon2id takes a noticeable moment each time).
  const passwordHash = await hashPassword(password);
  for (const w of wanted) {
    if (await users.findByEmail(w.email)) continue;
    await users.create({ email: w.email, name: w.name, role: w.role, partnershipIds: w.partnershipIds, agencyId: w.agencyId, password, passwordHash }, 'cli');
    created.push({ email: w.email, role: w.role, partnership: w.partnership });
  }
  return created;
}
