import { COMMAND_TYPES, rolesFor } from '@kaoping/evaluation';
import { USER_COMMAND_ROLES } from '@kaoping/identity';
import { QUERY_ROLES } from '../queries/query-access';
import { SPREADSHEET_ROLES } from '../spreadsheets/spreadsheet-access';

/**
 * Who may do what through the API, as data: every lifecycle command from libs/evaluation's role
 * table (ROLE_PERMISSIONS), the identity commands, reads of the accounts, and self-service ('*').
 */
export const API_ROLE_TABLE: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(COMMAND_TYPES.map((type) => [type, rolesFor(type)])),
  ...USER_COMMAND_ROLES,
  ResetPassword: ['admin'],
  ListUsers: ['admin', 'auditor'],
  // The office assigns raters: it picks them from the accounts that may rate.
  ListRaterCandidates: ['office'],
  ReadOwnAccount: ['*'],
  ChangeOwnPassword: ['*'],
  // Time travel and verification (apps/api/src/audit): a unit reporter only for its own unit.
  ReadScoresAsOf: ['auditor', 'office', 'committee'],
  ReadUnitScoreAsOf: ['auditor', 'office', 'committee', 'unit-reporter'],
  ReadScoreDiff: ['auditor', 'office', 'committee', 'unit-reporter'],
  VerifyLog: ['auditor', 'office', 'committee'],
  VerifyPublication: ['auditor', 'office', 'committee'],
  // What-if of a draft scheme (apps/api/src/evaluation/what-if): the office drafting an amendment, the auditor checking one.
  CompareSchemeDraft: ['office', 'auditor'],
  // Tracking rounds of projects (apps/api/src/evaluation/tracking), read from the log: deviations and corrective actions.
  ReadTrackingRounds: ['office', 'auditor', 'committee'],
  // Read models (apps/api/src/queries; scopes — own unit, own indicators, leaders after publication — checked there).
  ...QUERY_ROLES,
  // Every signed-in user reads the notifications addressed to them.
  ListNotifications: ['*'],
  MarkNotificationRead: ['*'],
  // Robot webhooks notifications are delivered to (apps/api/src/notifications).
  ManageNotificationWebhooks: ['office', 'admin'],
  // Templates, imports, batches, exports and the 公示 (apps/api/src/spreadsheets).
  ...SPREADSHEET_ROLES,
  // Operations (apps/api/src/ops): the queue and metrics for admins and auditors; the dashboard for admins.
  ReadOpsQueues: ['admin', 'auditor'],
  ReadOpsMetrics: ['admin', 'auditor'],
  OpenQueueDashboard: ['admin'],
};

/** The roles allowed to perform an action, or undefined for an action the table does not know. */
export const rolesAllowedTo = (action: string): readonly string[] | undefined =>
  Object.hasOwn(API_ROLE_TABLE, action) ? API_ROLE_TABLE[action] : undefined;
