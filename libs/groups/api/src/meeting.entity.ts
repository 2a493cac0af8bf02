import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MeetingStatus } from './group.enums';

/** A meeting of a group: its day, whether it has been held, and its minutes. */
@Entity('meetings')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  groupId!: string;

  @Column('date')
  meetsOn!: string;

  @Column('text')
  status!: MeetingStatus;

  @Column('text', { nullable: true })
  minutes!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A decision recorded at a meeting, optionally about one action. */
@Entity('meeting_decisions')
export class MeetingDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  meetingId!: string;

  @Column('text')
  text!: string;

  @Column('uuid', { nullable: true })
  actionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
