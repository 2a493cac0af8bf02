import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A place booked on a session by someone from an agency. Anonymous by design: agency and role only. */
@Entity('training_attendances')
export class TrainingAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid')
  sessionId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('boolean')
  attended!: boolean;

  @Column('text', { nullable: true })
  role!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
