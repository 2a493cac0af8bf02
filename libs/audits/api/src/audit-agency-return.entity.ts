import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An agency's invitation to return its part of an audit round, tracked until it is returned. */
@Entity('audit_agency_returns')
export class AuditAgencyReturnEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  auditId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('date')
  sentOn!: string;

  @Column('date')
  dueOn!: string;

  @Column('date', { nullable: true })
  remindedOn!: string | null;

  @Column('date', { nullable: true })
  returnedOn!: string | null;

  @Column('text', { nullable: true })
  submittedBy!: string | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('text', { nullable: true })
  invitedBy!: string | null;

  @Column('text', { nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A case audit's return: the agency's narrative on one case. */
@Entity('audit_agency_return_cases')
export class AuditReturnCaseEntity {
  @PrimaryColumn('uuid')
  auditAgencyReturnId!: string;

  @PrimaryColumn('uuid')
  auditCaseId!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  narrative!: string;
}
