import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberRole } from './group.enums';

/** One term of one person on a group: a user, or a name and agency; a role from a day to a day. */
@Entity('group_members')
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  groupId!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;

  @Column('text', { nullable: true })
  name!: string | null;

  @Column('uuid', { nullable: true })
  agencyId!: string | null;

  @Column('text')
  role!: MemberRole;

  @Column('date')
  fromOn!: string;

  @Column('date', { nullable: true })
  toOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
