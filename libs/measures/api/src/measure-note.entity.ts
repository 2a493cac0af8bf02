import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** "The story behind the curve": a dated note on a measure, optionally about one period. */
@Entity('measure_notes')
export class MeasureNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  measureId!: string;

  @Column('date', { nullable: true })
  periodStart!: string | null;

  @Column('date')
  writtenOn!: string;

  @Column('text', { nullable: true })
  author!: string | null;

  @Column('text')
  text!: string;
}
