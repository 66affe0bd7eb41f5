import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** The auditor's reads: time travel, differences and verification over the event log. */
@Module({ controllers: [AuditController], providers: [AuditService] })
export class AuditModule {}
