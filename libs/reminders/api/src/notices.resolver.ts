import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { requireCaller, type RequestContext } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';

export enum ReminderEmail {
  EACH = 'each',
  DAILY_DIGEST = 'daily-digest',
  NONE = 'none',
}
registerEnumType(ReminderEmail, {
  name: 'ReminderEmail',
  description: 'How reminders reach you by email: each as it comes, one digest a day, or none (they stay in the product).',
});

@ObjectType({ description: 'A reminder to you in the product: an action of your agency due soon or overdue, or a committee pack sent to you.' })
export class Notice {
  @Field(() => ID)
  id!: string;

  @Field({ description: '`due-soon`, `overdue`, `still-overdue` or `committee-pack`.' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'The page of the record it is about.' })
  link!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Its email: `pending`, `sending`, `sent` or `failed`; null when none was sent (your choice, or a digest still to come).' })
  email!: string | null;
}

@ObjectType()
export class MyNotices {
  @Field(() => ReminderEmail)
  reminderEmail!: ReminderEmail;

  @Field(() => Int, { description: 'Notices you have not marked read.' })
  unread!: number;

  @Field(() => [Notice], { description: 'The most recent first.' })
  nodes!: Notice[];
}

@Resolver()
export class NoticesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => MyNotices, { description: 'Your reminders in the product, and how they reach you by email.' })
  async myNotices(@Context() ctx: RequestContext, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<MyNotices> {
    const { userId } = requireCaller(ctx);
    const limit = Math.min(Math.max(first, 1), 200);
    const [user] = (await this.dataSource.query(`SELECT reminder_email FROM users WHERE id = $1`, [userId])) as { reminder_email: ReminderEmail }[];
    const [{ unread }] = (await this.dataSource.query(`SELECT count(*)::int AS unread FROM notices WHERE user_id = $1 AND read_at IS NULL`, [userId])) as [
      { unread: number },
    ];
    const nodes: Notice[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at AS "createdAt", n.read_at AS "readAt", o.status AS email
         FROM notices n LEFT JOIN outbox_messages o ON o.id = n.email_id
        WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id LIMIT $2`,
      [userId, limit],
    );
    return { reminderEmail: user?.reminder_email ?? ReminderEmail.EACH, unread, nodes };
  }

  @Mutation(() => Int, { description: 'Marks your notices read; returns how many changed.' })
  async markNoticesRead(@Context() ctx: RequestContext, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    const { userId } = requireCaller(ctx);
    // TypeORM answers an UPDATE with [rows, row count].
    const [, changed] = (await this.dataSource.query(
      `UPDATE notices SET read_at = clock_timestamp() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [userId, ids],
    )) as [unknown[], number];
    return changed;
  }

  @Mutation(() => ReminderEmail, { description: 'Chooses how your reminders reach you by email.' })
  async setReminderEmail(@Context() ctx: RequestContext, @Args('choice', { type: () => ReminderEmail }) choice: ReminderEmail): Promise<ReminderEmail> {
    const { userId } = requireCaller(ctx);
    await this.dataSource.query(`UPDATE users SET reminder_email = $2, updated_at = now() WHERE id = $1`, [userId, choice]);
    return choice;
  }
}
