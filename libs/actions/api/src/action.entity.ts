import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActionStatus } from './action.enums';

/** One action of an action plan, from exactly one review or audit, owned by one agency. */
@Entity('actions')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid', { nullable: true })
  reviewId!: string | null;

  @Column('uuid', { nullable: true })
  auditId!: string | null;

  @Column('uuid', { nullable: true })
  recommendationId!: string | null;

  @Column('uuid')
  ownerAgencyId!: string;

  @Column('text')
  title!: string;

  @Column('date')
  dueOn!: string;

  @Column('text')
  status!: ActionStatus;

  @Column('date', { nullable: true })
  completedOn!: string | null;

  /** Set exactly when the status is cancelled (the database checks it). */
  @Column('date', { nullable: true })
  cancelledOn!: string | null;

  @Column('text', { nullable: true })
  impactEvidence!: string | null;

  /** The group's name, kept by the database from groupId (or naming the group: migration 1730000003000). */
  @Column('text', { nullable: true })
  monitoringCommittee!: string | null;

  /** The group (board, subgroup…) that monitors it. */
  @Column('uuid', { nullable: true })
  groupId!: string | null;

  /** The meeting of that group the sign-off was given at, if recorded. */
  @Column('uuid', { nullable: true })
  signedOffMeetingId!: string | null;
  @Column('uuid', { nullable: true })
  impactAuditId!: string | null;

  @Column('uuid', { nullable: true })
  impactMeasureId!: string | null;

  @Column('date', { nullable: true })
  signedOffOn!: string | null;

  @Column('text', { nullable: true })
  signedOffBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
