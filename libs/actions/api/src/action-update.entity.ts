import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActionStatus } from './action.enums';

/** One status change of an action: who, when, from what to what, and why. Never edited. */
@Entity('action_updates')
export class ActionUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  actionId!: string;

  // The database stamps it, so every update of one transaction shares the transaction's time.
  @Column('timestamptz', { default: () => 'now()' })
  changedAt!: Date;

  @Column('text')
  changedBy!: string;

  /** Null for the update that records the action's creation. */
  @Column('text', { nullable: true })
  fromStatus!: ActionStatus | null;

  @Column('text')
  toStatus!: ActionStatus;

  @Column('text', { nullable: true })
  note!: string | null;
}
