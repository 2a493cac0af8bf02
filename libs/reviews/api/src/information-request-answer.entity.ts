import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { KnownToAgency } from './information-request-answer.enums';

/** An agency's answer to one information request: a draft until submitted (migration 1730000003100). */
@Entity('information_request_answers')
export class InformationRequestAnswerEntity {
  @PrimaryColumn('uuid')
  informationRequestId!: string;

  @Column({ type: 'uuid', insert: false, update: false })
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text', { nullable: true })
  knownToAgency!: KnownToAgency | null;

  @Column('date', { nullable: true })
  involvedFrom!: string | null;

  @Column('date', { nullable: true })
  involvedTo!: string | null;

  @Column('text', { nullable: true })
  involvement!: string | null;

  @Column('text', { nullable: true })
  analysis!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('date', { nullable: true })
  submittedOn!: string | null;

  @Column('text', { nullable: true })
  submittedBy!: string | null;

  @Column('text', { nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
