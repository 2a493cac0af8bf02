import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InformationRequestKind } from './review.enums';

/** One agency's information asked for one review, with its due date and when it came back. */
@Entity('information_requests')
export class InformationRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('uuid')
  reviewId!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('text')
  kind!: InformationRequestKind;

  @Column('date')
  sentOn!: string;

  @Column('date')
  dueOn!: string;

  @Column('date', { nullable: true })
  remindedOn!: string | null;

  @Column('date', { nullable: true })
  returnedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
