import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MeasureKind, MeasurePeriodicity, MeasurePolarity, MeasureSource, MeasureUnit, ObaQuadrant } from './measure.enums';

/** An OBA performance measure of a partnership, optionally of one agency (it rolls up). */
@Entity('measures')
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('text')
  quadrant!: ObaQuadrant;

  @Column('text')
  polarity!: MeasurePolarity;

  @Column('text')
  unit!: MeasureUnit;

  @Column('text')
  periodicity!: MeasurePeriodicity;

  @Column('text')
  source!: MeasureSource;

  /** The built-in metric a computed measure names; null for an entered one. */
  @Column('text', { nullable: true })
  metric!: string | null;

  @Column('boolean')
  headline!: boolean;

  @Column('numeric', { nullable: true })
  target!: number | null;

  @Column('numeric', { nullable: true })
  baseline!: number | null;

  @Column('date', { nullable: true })
  baselinePeriodStart!: string | null;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @Column('text')
  kind!: MeasureKind;

  /** The result an indicator measures; null for a performance measure (its strategy names the result). */
  @Column('uuid', { nullable: true })
  resultId!: string | null;

  /** The strategy a performance measure measures; always null for an indicator. */
  @Column('uuid', { nullable: true })
  strategyId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
