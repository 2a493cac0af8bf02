import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AuditType } from './audit.enums';

/** An audit: case audits (multi-agency, single-agency, thematic) or a section 11 self-assessment round. */
@Entity('audits')
export class AuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  type!: AuditType;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  round!: string | null;

  @Column('uuid', { nullable: true })
  leadAgencyId!: string | null;

  @Column('uuid', { nullable: true })
  toolId!: string | null;

  @Column('date')
  startedOn!: string;

  @Column('date', { nullable: true })
  completedOn!: string | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
