import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The end-of-session evaluation of one attendance (Kirkpatrick reaction and learning). */
@Entity('training_evaluations')
export class TrainingEvaluationEntity {
  @PrimaryColumn('uuid')
  attendanceId!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('int')
  confidenceBefore!: number;

  @Column('int')
  confidenceAfter!: number;

  @Column('int', { nullable: true })
  satisfaction!: number | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('date')
  submittedOn!: string;
}
