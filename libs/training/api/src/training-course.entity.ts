import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A course the partnership runs, e.g. "Professional curiosity in practice"; its themes are in training_course_themes. */
@Entity('training_courses')
export class TrainingCourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  title!: string;

  @Column('boolean')
  multiAgency!: boolean;

  @Column('numeric', { precision: 5, scale: 2, nullable: true })
  durationHours!: number | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
