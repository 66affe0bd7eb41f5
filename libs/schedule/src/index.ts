/**
 * @packageDocumentation
 * Phases on schedule: the phase jobs (one catalog), the pure plan of a cycle's jobs, the
 * reconciler that keeps the job queue in step with the log, the handlers that carry the jobs
 * out through the lifecycle's command path as the system, and the notification outbox.
 */
export { PHASE_JOB_ROUTES, PHASE_QUEUE, phaseJobId, phaseJobSlot, slotOfJobId } from './jobs/phase-jobs.catalog';
export type { PhaseJob, PhaseJobName, PhaseJobs } from './jobs/phase-jobs.catalog';
export { SLOTS_OF_THE_DAY, planCycleJobs } from './planning/plan-cycle-jobs';
export type { PlannedJob } from './planning/plan-cycle-jobs';
export { chaseOf, missingItems, overdueOf, owersOfItems, recipientsOf } from './planning/missing-items';
export type { MissingItem } from './planning/missing-items';
export { calendarOfView, loadCycleView } from './planning/cycle-log';
export { CycleScheduler, SCHEDULE_TRIGGERS, diffSchedule } from './reconciling/cycle-scheduler';
export type { ScheduleDiff } from './reconciling/cycle-scheduler';
export { phaseJobHandlers } from './handling/phase-job.handlers';
export type { PhaseJobDeps } from './handling/phase-job.handlers';
export { isPermanentPhaseJobError } from './handling/phase-job.errors';
export { scoreCategoryAt } from './scoring/score-at-position';
export { NOTIFYING_EVENT_TYPES, NotificationOutbox, addressesOf, notificationsOfEvent } from './notifications/notification-outbox';
export type { AddedNotice, NoticeFollower, NotificationFilter } from './notifications/notification-outbox';
export { DELIVERY_STATUSES, NotificationWebhooks, WEBHOOK_QUEUE, isWebhookAddress, isWebhookUrl, robotMessageOf } from './webhooks/notification-webhooks';
export type { DeliveryRetry, DeliveryStatus, NotificationWebhook, RobotTextMessage, WebhookDelivery, WebhookJobs } from './webhooks/notification-webhooks';
export { NOTIFICATION_TEXTS, notificationText } from './notifications/notification-texts';
export type { NotificationLang, NotificationParams } from './notifications/notification-texts';
export type { Notification, NotificationReader } from './notifications/notification-outbox';
export { NOTIFICATION_OUTBOX, NOTIFICATION_WEBHOOKS, PHASE_JOB_QUEUE, ScheduleModule, WEBHOOK_JOB_QUEUE } from './nest/schedule.module';
export type { ScheduleOptions } from './nest/schedule.module';
