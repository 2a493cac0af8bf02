import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RecommendationResponse } from './learning.enums';

/** What should change, from exactly one review or one audit, optionally answering one of its findings. */
@Entity('recommendations')
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid', { nullable: true })
  reviewId!: string | null;

  @Column('uuid', { nullable: true })
  auditId!: string | null;

  @Column('uuid', { nullable: true })
  findingId!: string | null;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  response!: RecommendationResponse | null;

  @Column('text', { nullable: true })
  responseReasons!: string | null;

  @Column('date', { nullable: true })
  respondedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

}
