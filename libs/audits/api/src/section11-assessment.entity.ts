import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RagRating } from './audit.enums';

/** One agency's self-assessment against one section 11 standard, and the rating after moderation. */
@Entity('section11_assessments')
export class Section11AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid')
  auditId!: string;

  @Column('uuid')
  agencyId!: string;

  /** The standard's code; the database keeps it in step with toolStandardId. */
  @Column('text')
  standard!: string;

  @Column('uuid')
  toolStandardId!: string;

  @Column('text')
  selfRating!: RagRating;

  @Column('text', { nullable: true })
  moderatedRating!: RagRating | null;

  @Column('text', { nullable: true })
  narrative!: string | null;

  @Column('text', { nullable: true })
  evidence!: string | null;

  @Column('text', { nullable: true })
  moderationNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
