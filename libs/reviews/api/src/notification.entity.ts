import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgeBand, Harm, NotificationDecision } from './review.enums';

/** A serious incident notification: dates, harm, age band and decision, never a name. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('date')
  dateAware!: string;

  @Column('date', { nullable: true })
  dateNotified!: string | null;

  @Column('text')
  harm!: Harm;

  @Column('text')
  ageBand!: AgeBand;

  @Column('text')
  decision!: NotificationDecision;

  @Column('text', { nullable: true })
  summary!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
