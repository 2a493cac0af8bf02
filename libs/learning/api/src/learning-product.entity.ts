import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LearningProductKind } from './learning.enums';

/** How learning is shared (a briefing, an event…), linked to reviews and themes through join tables. */
@Entity('learning_products')
export class LearningProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  kind!: LearningProductKind;

  @Column('text')
  title!: string;

  @Column('date')
  publishedOn!: string;

  /** People reached (attendees, readers, downloads), when known. */
  @Column('int', { nullable: true })
  reach!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
