type Seen = Readonly<{ commandIds: ReadonlySet<string> }>;
type Order = Readonly<{ orderId: string; unitId: string; reason: string; dueAt: string; orderedBy: string; overdue: boolean }>;

/** No order yet. */
export type NoOrder = Seen & Readonly<{ status: 'none' }>;
/** Ordered; no plan yet. */
export type OrderIssued = Seen & Order & Readonly<{ status: 'ordered' }>;
/** Plan submitted. */
export type OrderPlanned = Seen & Order & Readonly<{ status: 'planned'; planEventId: string }>;
/** Completion reported, waiting for the office. */
export type OrderReported = Seen & Order & Readonly<{ status: 'reported'; reportEventId: string }>;
/** Completion accepted. */
export type OrderAccepted = Seen & Order & Readonly<{ status: 'accepted' }>;

/** The folded `rectification-<cycleId>-<orderId>` stream. */
export type RectificationState = NoOrder | OrderIssued | OrderPlanned | OrderReported | OrderAccepted;
