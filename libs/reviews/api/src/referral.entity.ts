import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PanelResponse, ReferralCriteria, ReferralDecider, ReferralDecision, ReferralRoute } from './referral.enums';

/** A referral for consideration and its screening decision; never a name, only a description at most. */
@Entity('referrals')
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('date')
  referredOn!: string;

  @Column('text')
  route!: ReferralRoute;

  @Column('uuid', { nullable: true })
  referringAgencyId!: string | null;

  @Column('text')
  criteria!: ReferralCriteria;

  @Column('text', { nullable: true })
  groupRecommendation!: ReferralDecision | null;

  @Column('text', { nullable: true })
  decision!: ReferralDecision | null;

  @Column('text', { nullable: true })
  reasons!: string | null;

  @Column('text', { nullable: true })
  decidedBy!: ReferralDecider | null;

  @Column('date', { nullable: true })
  decidedOn!: string | null;

  @Column('date', { nullable: true })
  referrerToldOn!: string | null;

  @Column('text', { nullable: true })
  panelResponse!: PanelResponse | null;

  @Column('uuid', { nullable: true })
  notificationId!: string | null;

  @Column('uuid', { nullable: true })
  reviewId!: string | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
