import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OfstedGrade } from './audit.enums';

/** One case graded by a case audit. */
@Entity('audit_cases')
export class AuditCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid')
  auditId!: string;

  @Column('text')
  overallGrade!: OfstedGrade;

  @Column('text', { nullable: true })
  narrative!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A case's grade in one of the partnership's domains (audit_domains, by code): the overall
 * multi-agency grade (no agency) or one agency's; at most one per (case, domain, agency or none).
 */
@Entity('audit_case_domain_grades')
export class AuditCaseDomainGradeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  auditCaseId!: string;

  /** A code of the partnership's audit domains. */
  @Column('text')
  domain!: string;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  grade!: OfstedGrade;

  @Column('text', { nullable: true })
  narrative!: string | null;
}
