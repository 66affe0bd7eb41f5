import { Inject, Injectable } from '@nestjs/common';
import {
  categoryAsOf,
  diffBetween,
  parseMoment,
  unitAsOf,
  verifyLog,
  verifyPublication,
  type AuditContext,
  type AuditVerifyReport,
  type CategoryAsOf,
  type PrintedSeal,
  type PublicationVerification,
  type ScoreDiff,
  type UnitAsOf,
} from '@kaoping/audit';
import type { EventStore } from '@kaoping/eventstore';
import { Forbidden } from '@kaoping/evaluation';
import type { ActingUser } from '@kaoping/identity';
import { EVENT_STORE } from '@kaoping/runtime';

type CategoryKey = Readonly<{ cycleId: string; categoryId: string }>;

const notOwnUnit = (actor: ActingUser, unitId: string | undefined): Forbidden =>
  new Forbidden({
    code: 'not-own-unit',
    message: `a unit reporter of ${actor.unitId ?? '(no unit)'} may read only its own unit's scores${unitId === undefined ? '' : `, not ${unitId}'s`}`,
    details: [{ path: 'unitId', rule: 'own-unit', message: 'a unit reporter reads only its own unit' }],
  });

/** The audit reads over the event log (@kaoping/audit), with the unit reporter's scope. */
@Injectable()
export class AuditService {
  private readonly context: AuditContext;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.context = { store, now: () => new Date() };
  }

  category(key: CategoryKey, at: string | undefined): Promise<CategoryAsOf> {
    return categoryAsOf(this.context, { ...key, moment: parseMoment(at) });
  }

  unit(actor: ActingUser, key: CategoryKey & Readonly<{ unitId: string }>, at: string | undefined): Promise<UnitAsOf> {
    if (actor.role === 'unit-reporter' && actor.unitId !== key.unitId) throw notOwnUnit(actor, key.unitId);
    return unitAsOf(this.context, { ...key, moment: parseMoment(at) });
  }

  diff(actor: ActingUser, key: CategoryKey, query: Readonly<{ from?: string; to?: string; unitId?: string }>): Promise<ScoreDiff> {
    let unitId = query.unitId;
    if (actor.role === 'unit-reporter') {
      if (unitId !== undefined && unitId !== actor.unitId) throw notOwnUnit(actor, unitId);
      if (actor.unitId === undefined) throw notOwnUnit(actor, undefined);
      unitId = actor.unitId;
    }
    return diffBetween(this.context, {
      ...key,
      from: parseMoment(query.from ?? 'published', 'from'),
      to: parseMoment(query.to, 'to'),
      ...(unitId === undefined ? {} : { unitId }),
    });
  }

  publication(key: CategoryKey, printed: PrintedSeal): Promise<PublicationVerification> {
    return verifyPublication({ store: this.context.store, ...key, printed });
  }

  verify(cycleId: string | undefined): Promise<AuditVerifyReport> {
    return verifyLog({ store: this.context.store, ...(cycleId === undefined ? {} : { cycleId }) });
  }
}
