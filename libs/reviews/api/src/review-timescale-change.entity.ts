import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TimescaleChangeKind, TimescaleReason } from './review-timescale.enums';

/** A pause or an agreed extension of a review's timescale (migration 1730000002700). */
@Entity('review_timescale_changes')
export class ReviewTimescaleChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  reviewId!: string;

  @Column('text')
  kind!: TimescaleChangeKind;

  @Column('text')
  reason!: TimescaleReason;

  @Column('text', { nullable: true })
  reasonDetails!: string | null;

  @Column('date')
  startsOn!: string;

  @Column('date', { nullable: true })
  endsOn!: string | null;

  @Column('date', { nullable: true })
  agreedDueOn!: string | null;

  @Column('text', { nullable: true })
  agreedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
