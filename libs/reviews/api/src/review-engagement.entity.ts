import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EngagementOutcome, EngagementParty, FamilyRole } from './review-engagement.enums';

/** One entry of a review's family and practitioner engagement log (migration 1730000002700). */
@Entity('review_engagements')
export class ReviewEngagementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid')
  reviewId!: string;

  @Column('date')
  engagedOn!: string;

  @Column('text')
  party!: EngagementParty;

  @Column('text', { nullable: true })
  familyRole!: FamilyRole | null;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @Column('text')
  outcome!: EngagementOutcome;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
