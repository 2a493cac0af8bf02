import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A result (RBA): a condition of well-being for a population, e.g. "Children are safe from abuse and neglect". */
@Entity('oba_results')
export class ObaResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  population!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('int')
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A strategy: what partners do together to turn the curve of one result. */
@Entity('oba_strategies')
export class ObaStrategyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  resultId!: string;

  @Column('text')
  ref!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('int')
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A partner agency of a strategy. */
@Entity('oba_strategy_partners')
export class ObaStrategyPartnerEntity {
  @PrimaryColumn('uuid')
  strategyId!: string;

  @PrimaryColumn('uuid')
  agencyId!: string;

  @Column('uuid')
  partnershipId!: string;
}

/** An action of the action plan that serves a strategy. */
@Entity('oba_strategy_actions')
export class ObaStrategyActionEntity {
  @PrimaryColumn('uuid')
  strategyId!: string;

  @PrimaryColumn('uuid')
  actionId!: string;

  @Column('uuid')
  partnershipId!: string;
}
