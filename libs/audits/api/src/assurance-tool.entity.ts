import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AssuranceToolKind, AssuranceToolStatus } from './assurance-tool.enums';

/** One version of a partnership's assurance tool; versions of one tool share a tool key. */
@Entity('assurance_tools')
export class AssuranceToolEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  toolKey!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: AssuranceToolKind;

  @Column('int')
  version!: number;

  @Column('date', { nullable: true })
  publishedOn!: string | null;

  @Column('text')
  status!: AssuranceToolStatus;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('boolean')
  isDefault!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A standard (or question) of one tool version. */
@Entity('tool_standards')
export class ToolStandardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  toolId!: string;

  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('int')
  position!: number;

  @Column('text', { nullable: true })
  groupName!: string | null;
}

/** A level of a tool version's rating scale, worst first. */
@Entity('assurance_tool_levels')
export class ToolLevelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  toolId!: string;

  @Column('text')
  code!: string;

  @Column('text')
  label!: string;

  @Column('int')
  position!: number;

  @Column('boolean')
  met!: boolean;
}

/** A domain of practice the partnership's case audits grade. */
@Entity('audit_domains')
export class AuditDomainEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('int')
  position!: number;

  @Column('boolean')
  retired!: boolean;

  @Column('boolean')
  isDefault!: boolean;
}
