import type { DomainEvent } from '../shared/envelope.types';

type OrderRef = { cycleId: string; orderId: string; unitId: string };

/** The office ordered a unit to rectify (整改) by a deadline. */
export type RectificationOrdered = DomainEvent<'RectificationOrdered', OrderRef & { reason: string; dueAt: string }>;
/** The unit submitted its rectification plan. */
export type RectificationPlanSubmitted = DomainEvent<'RectificationPlanSubmitted', OrderRef & { plan: string; documents: readonly string[] }>;
/** The unit reported the rectification completed. */
export type RectificationCompleted = DomainEvent<'RectificationCompleted', OrderRef & { report: string; documents: readonly string[] }>;
/** The office accepted the reported completion. */
export type RectificationAccepted = DomainEvent<'RectificationAccepted', OrderRef>;
/** The deadline passed before the completion was reported. */
export type RectificationOverdue = DomainEvent<'RectificationOverdue', OrderRef & { dueAt: string }>;

/** The events of a `rectification-<cycleId>-<orderId>` stream. */
export type RectificationEvent =
  | RectificationOrdered
  | RectificationPlanSubmitted
  | RectificationCompleted
  | RectificationAccepted
  | RectificationOverdue;
export type RectificationEventType = RectificationEvent['type'];
export const RECTIFICATION_EVENT_TYPES: readonly RectificationEventType[] = [
  'RectificationOrdered',
  'RectificationPlanSubmitted',
  'RectificationCompleted',
  'RectificationAccepted',
  'RectificationOverdue',
];
