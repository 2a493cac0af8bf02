import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgencySector } from './partnership.enums';

/** A partner organisation: police, health, local authority, school, charity… */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  name!: string;

  @Column('text')
  sector!: AgencySector;

  /** False for organisations outside the partnership's statutory and core members that still own actions. */
  @Column('boolean')
  isCoreMember!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
