import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One row of an agency's chronology for a review, part of its answer to an information request. */
@Entity('chronology_entries')
export class ChronologyEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  informationRequestId!: string;

  @Column('int')
  position!: number;

  @Column('date')
  occurredOn!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('text')
  event!: string;

  @Column('text', { nullable: true })
  source!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
