import type { DomainCommand } from '../shared/envelope.types';

type ExistingOrder = { cycleId: string; orderId: string };

/** Office, results/rectification: order a unit to rectify by a date. */
export type OrderRectification = DomainCommand<
  'OrderRectification',
  { cycleId: string; orderId: string; unitId: string; reason: string; dueAt: string }
>;
/** Unit reporter (own unit): submit the rectification plan. */
export type SubmitRectificationPlan = DomainCommand<'SubmitRectificationPlan', ExistingOrder & { plan: string; documents: readonly string[] }>;
/** Unit reporter (own unit): report the rectification completed. */
export type ReportRectificationCompleted = DomainCommand<
  'ReportRectificationCompleted',
  ExistingOrder & { report: string; documents: readonly string[] }
>;
/** Office: accept the reported completion. */
export type AcceptRectification = DomainCommand<'AcceptRectification', ExistingOrder>;
/** System: flag the order overdue once its deadline passed without a completion report. */
export type MarkRectificationOverdue = DomainCommand<'MarkRectificationOverdue', ExistingOrder>;

/** The commands of a `rectification-<cycleId>-<orderId>` stream. */
export type RectificationCommand =
  | OrderRectification
  | SubmitRectificationPlan
  | ReportRectificationCompleted
  | AcceptRectification
  | MarkRectificationOverdue;
export type RectificationCommandType = RectificationCommand['type'];
export const RECTIFICATION_COMMAND_TYPES: readonly RectificationCommandType[] = [
  'OrderRectification',
  'SubmitRectificationPlan',
  'ReportRectificationCompleted',
  'AcceptRectification',
  'MarkRectificationOverdue',
];
