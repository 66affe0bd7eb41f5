import { Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller';
import { EvidenceStore } from './evidence.store';

/** Evidence upload and read-back, content-addressed by SHA-256 in the SQL database. */
@Module({ controllers: [EvidenceController], providers: [EvidenceStore] })
export class EvidenceModule {}
