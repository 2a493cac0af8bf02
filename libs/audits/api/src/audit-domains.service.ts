import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InputError, NotFoundError, type FieldProblem } from '@sli/shared/api-core';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditDomainEntity } from './assurance-tool.entity';
import { CreateAuditDomainInput, ReorderAuditDomainsInput, UpdateAuditDomainInput } from './dto/audit-domain.input';

const UNIQUE_CODE = 'uq_audit_domains__code';

/** "Voice of the child" → `voice-of-the-child`: the code a new domain gets when none is given. */
export function domainCodeOf(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/**
 * A partnership's case-audit domains, managed by its admins: added, renamed, reordered, retired
 * (never deleted: grades name them by code). Every change is in the change history (the
 * audit_domains trigger, migration 1730000003200).
 */
@Injectable()
export class AuditDomainsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The partnerships' domains by partnership and reading order, retired ones included. */
  listByPartnerships(partnershipIds: readonly string[]): Promise<AuditDomainEntity[]> {
    if (partnershipIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(AuditDomainEntity).find({
      where: { partnershipId: In([...partnershipIds]) },
      order: { partnershipId: 'ASC', position: 'ASC', code: 'ASC' },
    });
  }

  /** Adds a domain at the end of the reading order. */
  create(input: CreateAuditDomainInput): Promise<AuditDomainEntity> {
    const name = input.name.trim();
    const code = input.code ?? domainCodeOf(name);
    if (!name) throw new InputError([{ field: 'name', message: 'is required' }]);
    if (!code) throw new InputError([{ field: 'code', message: 'is required: the name has no letters or digits to make one from' }]);
    return this.dataSource.transaction(async (m) => {
      const domains = await lockDomains(m, input.partnershipId);
      const problems = [...clashes(domains, { name }), ...codeClash(domains, code)];
      if (problems.length > 0) throw new InputError(problems);
      const position = Math.max(0, ...domains.map((d) => d.position)) + 1;
      try {
        return await m.save(AuditDomainEntity, m.create(AuditDomainEntity, { partnershipId: input.partnershipId, code, name, position, retired: false, isDefault: false }));
      } catch (e) {
        if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === UNIQUE_CODE) throw new InputError(codeClash([], code, true));
        throw e;
      }
    });
  }

  /** Renames, retires or brings back a domain; its code and its grades stay as they are. */
  update(id: string, input: UpdateAuditDomainInput): Promise<AuditDomainEntity> {
    return this.dataSource.transaction(async (m) => {
      const existing = await m.findOne(AuditDomainEntity, { where: { id } });
      if (!existing) throw new NotFoundError('AuditDomain', id);
      const domains = await lockDomains(m, existing.partnershipId);
      const patch: Partial<AuditDomainEntity> = {};
      if (input.name != null) {
        const name = input.name.trim();
        if (!name) throw new InputError([{ field: 'name', message: 'is required' }]);
        const problems = clashes(domains, { id, name });
        if (problems.length > 0) throw new InputError(problems);
        patch.name = name;
      }
      if (input.retired != null) patch.retired = input.retired;
      return m.save(AuditDomainEntity, Object.assign(existing, patch));
    });
  }

  /** Sets the reading order: the list names every domain of the partnership once. */
  reorder(input: ReorderAuditDomainsInput): Promise<AuditDomainEntity[]> {
    return this.dataSource.transaction(async (m) => {
      const domains = await lockDomains(m, input.partnershipId);
      const known = new Set(domains.map((d) => d.id));
      const problems: FieldProblem[] = [];
      const seen = new Map<string, number>();
      input.domainIds.forEach((id, i) => {
        if (!known.has(id)) problems.push({ field: `domainIds[${i}]`, message: "is not one of the partnership's audit domains" });
        else if (seen.has(id)) problems.push({ field: `domainIds[${i}]`, message: `repeats domainIds[${seen.get(id)}]` });
        else seen.set(id, i);
      });
      const missing = domains.filter((d) => !seen.has(d.id));
      if (problems.length === 0 && missing.length > 0) {
        problems.push({ field: 'domainIds', message: `must list every domain of the partnership; missing: ${missing.map((d) => d.name).join(', ')}` });
      }
      if (problems.length > 0) throw new InputError(problems);
      const byId = new Map(domains.map((d) => [d.id, d]));
      const changed = input.domainIds.flatMap((id, i) => {
        const d = byId.get(id) as AuditDomainEntity;
        if (d.position === i + 1) return [];
        d.position = i + 1;
        return [d];
      });
      if (changed.length > 0) await m.save(AuditDomainEntity, changed);
      return input.domainIds.map((id) => byId.get(id) as AuditDomainEntity);
    });
  }
}

/** The partnership's domains, locked for the change: two admins adding at once get distinct places. */
function lockDomains(m: EntityManager, partnershipId: string): Promise<AuditDomainEntity[]> {
  return m.find(AuditDomainEntity, { where: { partnershipId }, order: { position: 'ASC' }, lock: { mode: 'pessimistic_write' } });
}

function clashes(domains: readonly AuditDomainEntity[], d: { id?: string; name: string }): FieldProblem[] {
  const same = domains.find((x) => x.id !== d.id && x.name.toLowerCase() === d.name.toLowerCase());
  return same ? [{ field: 'name', message: `is already the name of a domain of this partnership (${same.code}${same.retired ? ', retired' : ''})` }] : [];
}

function codeClash(domains: readonly AuditDomainEntity[], code: string, known = false): FieldProblem[] {
  const same = domains.find((x) => x.code === code);
  if (!same && !known) return [];
  return [{ field: 'code', message: `${code} is already the code of a domain of this partnership${same ? ` ("${same.name}")` : ''}` }];
}
