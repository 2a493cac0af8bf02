import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AuditDomain, OfstedGrade } from './audit.enums';

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

/** A case's grade in one domain of practice; at most one per domain. */
@Entity('audit_case_domain_grades')
export class AuditCaseDomainGradeEntity {
  @PrimaryColumn('uuid')
  auditCaseId!: string;

  @PrimaryColumn('text')
  domain!: AuditDomain;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  grade!: OfstedGrade;

  @Column('text', { nullable: true })
  narrative!: string | null;
}
