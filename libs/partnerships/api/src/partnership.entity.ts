import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnershipKind } from './partnership.enums';

/** The tenant: a safeguarding partnership. Its own id is the partnership_id of everything it holds. */
@Entity('partnerships')
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: PartnershipKind;

  @Column('text', { nullable: true })
  region!: string | null;

  @Column('int')
  suppressionThreshold!: number;

  @Column('int')
  followUpWeeks!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
