import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { PartnershipsModule } from '@sli/partnerships-api';
import { APP_CONFIG, AppConfig, ConfigModule, DatabaseModule, graphqlOptions } from '@sli/shared/api-core';
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
    PartnershipsModule,
  ],
})
export class AppModule {}
