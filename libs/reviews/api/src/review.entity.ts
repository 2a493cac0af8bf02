import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FamilyParticipation, RapidReviewOutcome, ReviewStatus, ReviewType, ReviewMethod } from './review.enums';

/** A review of any type; the rapid review milestone columns stay null for the other types. */
@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  type!: ReviewType;

  @Column('text')
  title!: string;

  @Column('text')
  status!: ReviewStatus;

  @Column('uuid', { nullable: true })
  notificationId!: string | null;

  @Column('uuid', { nullable: true })
  sourceReviewId!: string | null;

  @Column('date')
  initiatedOn!: string;

  @Column('date', { nullable: true })
  termsAgreedOn!: string | null;

  @Column('date', { nullable: true })
  completedOn!: string | null;

  @Column('date', { nullable: true })
  publishedOn!: string | null;

  @Column('text', { nullable: true })
  unpublishedReason!: string | null;

  @Column('boolean')
  independentReviewer!: boolean;

  @Column('text')
  familyParticipation!: FamilyParticipation;

  @Column('int', { nullable: true })
  practitionersInvolved!: number | null;

  @Column('text', { nullable: true })
  reviewers!: string | null;

  @Column('text', { nullable: true })
  method!: ReviewMethod | null;

  @Column('text', { nullable: true })
  methodDetails!: string | null;

  @Column('date', { nullable: true })
  reportSharedOn!: string | null;

  @Column('date', { nullable: true })
  plannedPublicationOn!: string | null;

  @Column('date', { nullable: true })
  infoRequestedOn!: string | null;

  @Column('date', { nullable: true })
  meetingOn!: string | null;

  @Column('date', { nullable: true })
  sentToPanelOn!: string | null;

  @Column('text', { nullable: true })
  rapidReviewOutcome!: RapidReviewOutcome | null;

  @Column('boolean', { nullable: true })
  nationalReviewRecommended!: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
