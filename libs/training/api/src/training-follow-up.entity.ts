import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The follow-up weeks after a session (Kirkpatrick behaviour): has it changed your practice? */
@Entity('training_follow_ups')
export class TrainingFollowUpEntity {
  @PrimaryColumn('uuid')
  attendanceId!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('date')
  sentOn!: string;

  @Column('date', { nullable: true })
  respondedOn!: string | null;

  @Column('boolean', { nullable: true })
  changedPractice!: boolean | null;

  @Column('text', { nullable: true })
  example!: string | null;
}
