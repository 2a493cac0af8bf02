import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ThemeGroup } from './theme.enums';

/** A theme of a partnership's taxonomy: the shipped defaults plus its own. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('text')
  themeGroup!: ThemeGroup;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('boolean')
  isDefault!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
