import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ConfigModule, EventStoreModule, ReactionsModule, RedisModule, type KaopingConfig } from '@kaoping/runtime';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ReceivedAtMiddleware, apiClockProvider } from './commands/request-clock';
import { HealthController } from './health/health.controller';
import { EvaluationApiModule } from './evaluation/evaluation-api.module';
import { QueriesModule } from './queries/queries.module';
import { NotificationsModule } from './notifications/notifications.controller';
import { OpsModule } from './ops/ops.module';
import { RequestLoggingMiddleware } from './logging/request-logging.middleware';
import { SpreadsheetsModule } from './spreadsheets/spreadsheets.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: KaopingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        EventStoreModule,
        RedisModule,
        CqrsModule.forRoot(),
        ReactionsModule.forRoot({ process: 'api' }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        AuthModule,
        EvaluationApiModule,
        QueriesModule.forRoot(config),
        AuditModule,
        EvidenceModule,
        NotificationsModule,
        OpsModule,
        SpreadsheetsModule.forRoot(),
      ],
      controllers: [HealthController],
      providers: [apiClockProvider],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggingMiddleware, ReceivedAtMiddleware).forRoutes('*path');
  }
}
