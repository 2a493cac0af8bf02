import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A measure's value for one period, keyed by the period's first day. */
@Entity('measure_values')
export class MeasureValueEntity {
  @PrimaryColumn('uuid')
  measureId!: string;

  @PrimaryColumn('date')
  periodStart!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('numeric')
  value!: number;
}
