import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ActionsModule } from '@sli/actions-api';
import { AnalyticsModule } from '@sli/analytics-api';
import { AuditsModule } from '@sli/audits-api';
import { AuthModule } from '@sli/auth-api';
import { CalendarModule } from '@sli/calendar-api';
import { ExchangeModule } from '@sli/exchange-api';
import { ExportsModule } from '@sli/exports-api';
import { GroupsModule } from '@sli/groups-api';
import { LearningModule } from '@sli/learning-api';
import { MeasuresModule } from '@sli/measures-api';
import { PartnershipsModule } from '@sli/partnerships-api';
import { RemindersModule } from '@sli/reminders-api';
import { ReviewsModule } from '@sli/reviews-api';
import { APP_CONFIG, AppConfig, ConfigModule, DatabaseModule, graphqlOptions, HealthController } from '@sli/shared/api-core';
import { ThemesModule } from '@sli/themes-api';
import { TrainingModule } from '@sli/training-api';
import { migrations } from './database/migrations';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(migrations),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => graphqlOptions(config),
    }),
    AuthModule,
    PartnershipsModule,
    ThemesModule,
    CalendarModule,
    ReviewsModule,
    AuditsModule,
    ActionsModule,
    GroupsModule,
    TrainingModule,
    LearningModule,
    MeasuresModule,
    ExchangeModule,
    AnalyticsModule,
    ExportsModule,
    RemindersModule,
  ],
  controllers: [HealthController],
})
export class AppModule {}
