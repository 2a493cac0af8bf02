import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TrainingDelivery } from './training.enums';

/** One run of a course on a date, with a number of places. */
@Entity('training_sessions')
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid')
  courseId!: string;

  @Column('date')
  sessionDate!: string;

  @Column('int')
  capacity!: number;

  @Column('text')
  delivery!: TrainingDelivery;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
