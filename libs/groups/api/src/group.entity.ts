import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GroupKind } from './group.enums';

/** A partnership's board, executive, subgroup or forum (migration 1730000003000). */
@Entity('groups')
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: GroupKind;

  @Column('text', { nullable: true })
  purpose!: string | null;

  @Column('int', { nullable: true })
  cadenceWeeks!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
