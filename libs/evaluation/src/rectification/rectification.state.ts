type Order = Readonly<{ orderId: string; unitId: string; reason: string; dueAt: string; orderedBy: string; overdue: boolean }>;

/** No order yet. */
export type NoOrder = Readonly<{ status: 'none' }>;
/** Ordered; no plan yet. */
export type OrderIssued = Order & Readonly<{ status: 'ordered' }>;
/** Plan submitted. */
export type OrderPlanned = Order & Readonly<{ status: 'planned'; planEventId: string }>;
/** Completion reported, waiting for the office. */
export type OrderReported = Order & Readonly<{ status: 'reported'; reportEventId: string }>;
/** Completion accepted. */
export type OrderAccepted = Order & Readonly<{ status: 'accepted' }>;

/** The folded `rectification-<cycleId>-<orderId>` stream. */
export type RectificationState = NoOrder | OrderIssued | OrderPlanned | OrderReported | OrderAccepted;
