// Generated from the API's OpenAPI document by `npm run console:api-types`. Do not edit.
export interface paths {
    "/audit/cycles/{cycleId}/categories/{categoryId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two moments (default: published → now): facts arrived, corrected or revoked, and the numbers that moved
         * @description Roles: auditor, office, committee, unit-reporter.
         */
        get: operations["AuditController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/cycles/{cycleId}/categories/{categoryId}/publication/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a category's 公示 against the log: the printed seal names the log's events with their hashes, the chains hold, a signed checkpoint covers it, and the table recomputes from the log at its position
         * @description Roles: auditor, office, committee.
         */
        get: operations["AuditController_publication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/cycles/{cycleId}/categories/{categoryId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A category's totals, parts, ranks and grades as of a moment, scored from the log (the scheme then in force, deadlines judged then)
         * @description Roles: auditor, office, committee.
         */
        get: operations["AuditController_category"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/cycles/{cycleId}/categories/{categoryId}/units/{unitId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit's score as of a moment, explained node by node down to the events behind each number (who, role, when, why, evidence)
         * @description Roles: auditor, office, committee, unit-reporter.
         */
        get: operations["AuditController_unit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the log's hash chains (all, or one cycle's streams): counts and the first broken link
         * @description Roles: auditor, office, committee.
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in, acting in one role: returns a bearer token for that role and scope */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the token says I am, and the role I act in
         * @description Roles: *.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my own password (the current one proves it is me)
         * @description Roles: *.
         */
        put: operations["AuthController_changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every cycle (newest year first) with its phases, current phase, dates and deadlines
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_listCycles"];
        put?: never;
        /**
         * Open a new cycle (考评年度)
         * @description Command CreateCycle. Roles: office.
         */
        post: operations["CyclesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One cycle: phases (status, dates), the phases open now, deadlines, closed periods, scheme version
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_getCycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appeals by status and unit: against what, grounds, who filed, the decision (a unit reporter: its own unit)
         * @description Roles: office, committee, auditor, admin, unit-reporter.
         */
        get: operations["ReadsController_listAppeals"];
        put?: never;
        /**
         * Appeal a proposal's outcome, a fact or the results (own unit, during publication)
         * @description Command FileAppeal. Roles: unit-reporter.
         */
        post: operations["AppealsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/appeals/{appealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One appeal
         * @description Roles: office, committee, auditor, admin, unit-reporter.
         */
        get: operations["ReadsController_getAppeal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/appeals/{appealId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an appeal; an upheld one lists the approvals it revokes
         * @description Command DecideAppeal. Roles: committee.
         */
        post: operations["AppealsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who reports what: indicator assignments with providers and targets (a unit reporter: its own unit; a data provider: its own indicators)
         * @description Roles: office, committee, auditor, admin, unit-reporter, data-provider.
         */
        get: operations["ReadsController_listAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/audit-trail/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An indicator's audit trail across units (office, committee, auditor; 500 per page) */
        get: operations["QueriesController_indicatorAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/audit-trail/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What I recorded in the cycle: every fact under my account, in any role, with its links (what corrected, approved or revoked it), in log order (500 per page) */
        get: operations["QueriesController_myAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/audit-trail/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's audit trail: every fact, who recorded it in which role, when, why, with what evidence, who approved it, what corrected or revoked it (500 per page) */
        get: operations["QueriesController_unitAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/batch/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign many indicators with targets and providers at once: all checked first, all or nothing; the same body again records nothing */
        post: operations["ImportsController_assignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/batch/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register many units at once: all checked first, all or nothing; the same body again records nothing */
        post: operations["ImportsController_units"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/batch/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit many data values at once: all checked first, all or nothing; the same body again records nothing */
        post: operations["ImportsController_values"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/bonus-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a bonus for an award (own unit), with the award document
         * @description Command ClaimBonus. Roles: unit-reporter.
         */
        post: operations["ProposalsController_claimBonus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/calendar/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say how a date counts in the working-day calendar (a make-up working day, a day off, or ordinary again), with a reason: deadlines counted in working days follow it
         * @description Command AmendCalendar. Roles: office.
         */
        post: operations["CyclesController_amendCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The categories of the scheme in force, with their totals, grades and how many units each holds
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a complaint (投诉) about a unit
         * @description Command RegisterComplaint. Roles: complaint-handler.
         */
        post: operations["ProposalsController_registerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/complaints/{proposalId}/finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the investigation's outcome: upheld with a proposed deduction, or not upheld
         * @description Command RecordComplaintFinding. Roles: complaint-handler.
         */
        post: operations["ProposalsController_recordComplaintFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/deadlines/{deadlineId}/chase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chase (催报) the units that still owe a deadline's items, before it falls or after: whoever owes them is notified, with the reason if given
         * @description Command ChaseUnits. Roles: office.
         */
        post: operations["CyclesController_chase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/audit-trail/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An indicator's audit trail across units */
        get: operations["ExportsController_indicatorAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/audit-trail/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's audit trail: every fact, who, role, when, why, evidence, what corrected or revoked it */
        get: operations["ExportsController_unitAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/categories/{categoryId}/units/{unitId}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's explanation: the tree of its total, each number with the events behind it */
        get: operations["ExportsController_explanation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/diff/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The difference between two moments: every number that moved (CSV: that sheet), and the facts in between */
        get: operations["ExportsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/publication/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示: the published results of a category as a printable PDF (Chinese font embedded): cycle, category, publication time, notice period, appeal route, the table, and the seal (log position and event hashes) to verify it by */
        get: operations["ExportsController_publication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/ranking/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking / results table of a category as of a moment: rank, unit, parts, bonus, deductions, total, grade, flags, results use (pay factor…), with the log position */
        get: operations["ExportsController_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: proposals of a status (default pending) and their life */
        get: operations["ExportsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/snapshot/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest snapshot (or computed results) of a category, with the log position it was computed at */
        get: operations["ExportsController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/exports/submission-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submission status per deadline, unit and indicator */
        get: operations["ExportsController_submissionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a spreadsheet: every row checked against the scheme and the cycle’s state first; each row the same command the API sends, with an id from (file hash, sheet, row): the same file twice records nothing, a cut-off upload is finished by uploading it again */
        post: operations["ImportsController_importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/inspection-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a spot-check finding (察访核验) with evidence and a proposed deduction
         * @description Command RecordInspectionFinding. Roles: inspector.
         */
        post: operations["ProposalsController_recordInspectionFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/live-scores/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live scores of a category, ranked, with provisional grades, a page at a time with `limit` (office, committee, auditor; a unit reporter its own line; leaders after publication). A category ranked in a ranking group carries the group's ranks and grades; the group's id reads the whole group in one ranking */
        get: operations["QueriesController_liveScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/phase-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The phase board: the cycle (phases, dates) and per deadline how many units submitted, pending, overdue, missing (a unit reporter: its own unit; a data provider: its own indicators)
         * @description Roles: office, committee, auditor, admin, unit-reporter, data-provider.
         */
        get: operations["ReadsController_phaseBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/phases/{phase}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a phase by hand; the periods it closes change from then on only by a correction
         * @description Command ClosePhase. Roles: office, system.
         */
        post: operations["PhasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/phases/{phase}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a phase's dates by hand, with a reason
         * @description Command MovePhase. Roles: office.
         */
        post: operations["PhasesController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/phases/{phase}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a phase by hand: from now on it accepts the commands that belong to it
         * @description Command OpenPhase. Roles: office, system.
         */
        post: operations["PhasesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deductions, bonuses and vetoes by status, kind, unit or recorder, newest first, each with its life (inspectors and complaint handlers: what they recorded; a unit reporter: its own unit)
         * @description Roles: office, committee, auditor, admin, unit-reporter, inspector, complaint-handler.
         */
        get: operations["ReadsController_listProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proposal with its life: recorded → decided → revoked, who, role, when, why, evidence
         * @description Roles: office, committee, auditor, admin, unit-reporter, inspector, complaint-handler.
         */
        get: operations["ReadsController_getProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/bonus/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a bonus claim, optionally adjusting it (with a reason)
         * @description Command ApproveBonus. Roles: committee.
         */
        post: operations["ProposalReviewController_approveBonus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/bonus/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a bonus claim, with a reason
         * @description Command RejectBonus. Roles: committee.
         */
        post: operations["ProposalReviewController_rejectBonus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/bonus/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an approved bonus, with a reason
         * @description Command RevokeBonus. Roles: committee, system.
         */
        post: operations["ProposalReviewController_revokeBonus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/deduction/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a proposed deduction, optionally adjusting its terms (with a reason); nobody approves their own finding
         * @description Command ApproveDeduction. Roles: committee.
         */
        post: operations["ProposalReviewController_approveDeduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/deduction/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a proposed deduction, with a reason
         * @description Command RejectDeduction. Roles: committee.
         */
        post: operations["ProposalReviewController_rejectDeduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/deduction/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an approved deduction, with a reason (after an appeal)
         * @description Command RevokeDeduction. Roles: committee, system.
         */
        post: operations["ProposalReviewController_revokeDeduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/veto/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a veto incident: the scheme's veto applies to the unit
         * @description Command ConfirmVeto. Roles: committee.
         */
        post: operations["ProposalReviewController_confirmVeto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/veto/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a veto incident, with a reason
         * @description Command RejectVeto. Roles: committee.
         */
        post: operations["ProposalReviewController_rejectVeto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/proposals/{proposalId}/veto/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a confirmed veto, with a reason
         * @description Command RevokeVeto. Roles: committee, system.
         */
        post: operations["ProposalReviewController_revokeVeto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/raters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Raters and the units (and indicators) they rate (a leader: its own assignments)
         * @description Roles: office, committee, auditor, admin, leader.
         */
        get: operations["ReadsController_listRaters"];
        put?: never;
        /**
         * Assign a leader or committee member the units they rate, in a rater role of the scheme
         * @description Command AssignRater. Roles: office.
         */
        post: operations["CyclesController_assignRater"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/rectification-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rectification orders by status, unit or overdue: reason, due date, plan, report, acceptance (a unit reporter: its own unit)
         * @description Roles: office, committee, auditor, admin, unit-reporter.
         */
        get: operations["ReadsController_listRectifications"];
        put?: never;
        /**
         * Order a unit to rectify by a date
         * @description Command OrderRectification. Roles: office.
         */
        post: operations["RectificationController_order"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/rectification-orders/{orderId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the reported completion
         * @description Command AcceptRectification. Roles: office.
         */
        post: operations["RectificationController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/rectification-orders/{orderId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the rectification completed (own unit)
         * @description Command ReportRectificationCompleted. Roles: unit-reporter.
         */
        post: operations["RectificationController_reportCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/rectification-orders/{orderId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the rectification plan (own unit)
         * @description Command SubmitRectificationPlan. Roles: unit-reporter.
         */
        post: operations["RectificationController_submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results per category: provisional (computed), published on notice, finalised, with each unit's total, rank and grade (a unit reporter: its own line; a leader: published results only)
         * @description Roles: office, committee, auditor, admin, unit-reporter, leader.
         */
        get: operations["ReadsController_listResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/results/{categoryId}/computations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute provisional results of the category from the log as it is now (after publication: only with the deciding appeal)
         * @description Command ComputeResults. Roles: office, system.
         */
        post: operations["ResultsController_compute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/results/{categoryId}/finalisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalise published results after the notice period, with no appeal open
         * @description Command FinaliseResults. Roles: committee, system.
         */
        post: operations["ResultsController_finalise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/results/{categoryId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the latest computed results for a notice period (公示)
         * @description Command PublishResults. Roles: office.
         */
        post: operations["ResultsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/results/{categoryId}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze a phase's scores of the category, scored now from the log (with the log position)
         * @description Command TakeSnapshot. Roles: office, system.
         */
        post: operations["ResultsController_takeSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals awaiting review (or in another status), each with its life: recorded → approved/rejected → revoked, who and when (inspectors and complaint handlers: what they recorded; a unit reporter: its own unit) */
        get: operations["QueriesController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scheme in force (or a version): its document and the parsed tree of categories and indicators with names, methods, max points, periods
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_getScheme"];
        put?: never;
        /**
         * Publish the cycle's scheme (JSON, or YAML text); an invalid scheme is refused with every problem listed
         * @description Command PublishScheme. Roles: office.
         */
        post: operations["CyclesController_publishScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/scheme/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend the published scheme: a new version, with a reason
         * @description Command AmendScheme. Roles: office.
         */
        post: operations["CyclesController_amendScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/scheme/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every scheme version of the cycle: who published or amended it, when, why, what changed
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_listSchemeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Snapshots (mid-year, year-end): every unit's total, rank and grade frozen with the log position they were computed at (a unit reporter: its own line)
         * @description Roles: office, committee, auditor, admin, unit-reporter.
         */
        get: operations["ReadsController_listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/submission-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where each unit stands per phase and deadline: submitted, pending, overdue, missing (a unit reporter its own unit; a data provider its own indicators; the survey office the survey deadlines) */
        get: operations["QueriesController_submissionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template from the published scheme: instructions sheet, Chinese headers (locked), drop-downs for units, indicators, periods, grades; a data provider’s holds only its own indicators and units */
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tracking rounds (绩效跟踪, 偏差分析): per unit whose category tracks indicators (S9's projects), per round and tracked indicator, the round's target, the value that counts, its deviation from the target (exact) and the corrective action recorded with it; read from the log at its head
         * @description Roles: office, auditor, committee.
         */
        get: operations["TrackingController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Units of the cycle by category, parent, level, status or search text, a page at a time (a unit reporter: its own unit)
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_listUnits"];
        put?: never;
        /**
         * Register a unit in a category of the scheme
         * @description Command RegisterUnit. Roles: office.
         */
        post: operations["UnitsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units-tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit tree (county → departments/townships → sections → persons, projects), every unit once, each with its live score, rank and provisional grade where it has one (a unit reporter: its own unit; a leader: scores of published categories only; roles that may not read live scores: no scores)
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_unitTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit: where it sits, its assignments with providers and targets, and the units under it
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["ReadsController_getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an indicator value for a period (data provider: its indicators; unit reporter: own unit, self-reported ones)
         * @description Command SubmitData. Roles: unit-reporter, data-provider.
         */
        post: operations["DataSubmissionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/data/{submissionId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct an earlier submission (its event id), with a reason: a new fact pointing at the old one
         * @description Command CorrectData. Roles: unit-reporter, data-provider.
         */
        post: operations["DataSubmissionsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/explained-score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's live score with its explanation tree and the events behind each number (who, role, when, why, evidence, who approved, what revoked it) */
        get: operations["QueriesController_explainedScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign an indicator to a unit, with its data provider and targets per period
         * @description Command AssignIndicator. Roles: office.
         */
        post: operations["UnitsController_assignIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/indicators/{indicatorId}/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change an indicator's target (one period, or every period), with a reason
         * @description Command ChangeTarget. Roles: office.
         */
        post: operations["UnitsController_changeTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a unit to another category, with a reason
         * @description Command MoveUnit. Roles: office.
         */
        post: operations["UnitsController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/person-grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Person evaluation (优秀/称职/基本称职/不称职) of a unit's staff, directly below it or in its sections: each person's grade from their own live score, 优秀 held to the share the unit's own grade allows (the scheme's excellence ratio, e.g. Jiangsu 20/18/15/12 %), places round_half_up, ties sharing the last place (a unit reporter: its own unit; leaders: published categories) */
        get: operations["QueriesController_personGrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the unit's evaluation plan (own unit)
         * @description Command SubmitEvaluationPlan. Roles: unit-reporter.
         */
        post: operations["EvaluationPlansController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/plan/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the submitted evaluation plan
         * @description Command ApproveEvaluationPlan. Roles: office.
         */
        post: operations["EvaluationPlansController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/plan/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the submitted evaluation plan, with a reason
         * @description Command ReturnEvaluationPlan. Roles: office.
         */
        post: operations["EvaluationPlansController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate a unit on an indicator: a grade of its scale, or points (assigned raters only)
         * @description Command RateUnit. Roles: committee, leader.
         */
        post: operations["RatingsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a unit: no longer evaluated this cycle
         * @description Command RetireUnit. Roles: office.
         */
        post: operations["UnitsController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/self-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a self-assessment (own unit)
         * @description Command SubmitSelfAssessment. Roles: unit-reporter.
         */
        post: operations["SelfAssessmentsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/sign-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off a period's results of the unit (the group leader, a committee member, or an assigned leader; never one who rated the unit in it)
         * @description Command SignOffPeriod. Roles: committee, leader.
         */
        post: operations["RatingsController_signOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a survey result: counts per satisfaction level, or a rate, with the sample size
         * @description Command RecordSurveyResult. Roles: survey-office.
         */
        post: operations["SurveysController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/units/{unitId}/unit-indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a unit its own level-3 indicators (三级指标) with weights and targets under a shared indicator of the scheme; the indicator then scores Σ weight × completion ÷ Σ weight (replaces an earlier list)
         * @description Command AssignUnitIndicators. Roles: office.
         */
        post: operations["UnitsController_assignUnitIndicators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/veto-incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a veto incident (一票否决) of a kind the unit’s category knows
         * @description Command RecordVetoIncident. Roles: office, inspector.
         */
        post: operations["ProposalsController_recordVetoIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cycles/{cycleId}/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score the cycle's log as it is now under a draft scheme (JSON, or YAML text) and under the scheme in force, and compare per unit: total, grade, rank and the parts that moved. Records nothing
         * @description Roles: office, auditor.
         */
        post: operations["SchemeWhatIfController_compare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an evidence file as the raw request body (Content-Type image/jpeg, image/png, image/webp, image/gif, application/pdf; at most 10485760 bytes); answers its sha256 reference
         * @description Roles: office, committee, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        post: operations["EvidenceController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an evidence file back (office, committee, auditor: any; others: their own uploads; a unit reporter also what its unit’s events name)
         * @description Roles: office, committee, auditor, admin, leader, unit-reporter, data-provider, inspector, complaint-handler, survey-office.
         */
        get: operations["EvidenceController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness: the event store, Redis when configured, the job queue (adapter, depth, failed), the read models (position, lag, a stopped projection) and whether a worker is attached */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Me: display name, the role and scope this token acts in, every grant I hold, and the actions this role may perform
         * @description Roles: *.
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries of notices to robot webhooks, newest first (100): pending, delivered, or failed (out of tries: retry them) with the last error */
        get: operations["NotificationsController_listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed delivery (one that used all its tries): a fresh round of tries, the same body and id; who and when are kept */
        post: operations["NotificationsController_retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The robot webhooks notifications are delivered to, per person or group (office, admin) */
        get: operations["NotificationsController_listWebhooks"];
        /** Set (or replace) the robot webhook of a person or group: notices from now on are also POSTed to it as {"msgtype":"text",…} */
        put: operations["NotificationsController_setWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-webhooks/{address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the robot webhook of a person or group */
        delete: operations["NotificationsController_removeWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user's notifications: reminders, overdue items, escalations (newest first), each with whether they read it */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification addressed to you read (for you alone; again: nothing changes) */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/dashboard-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opens a 15-minute queue dashboard session: an HttpOnly, SameSite=Strict cookie for /admin/queues only (a browser UI cannot send a bearer header) */
        post: operations["OpsController_openDashboard"];
        /** Ends the queue dashboard session (clears the cookie) */
        delete: operations["OpsController_closeDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus text: HTTP latency by route, event store append latency, read-model lag/position/stopped per projection, jobs run/succeeded/failed/retried, queue gauges, event store head position, process metrics */
        get: operations["OpsController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job queues of this process (BullMQ or in-process): counts by state, depth, what this process ran */
        get: operations["OpsController_queues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every account with its roles (disabled ones too)
         * @description Roles: admin, auditor.
         */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Provision a user with roles and a first password
         * @description Command ProvisionUser. Roles: admin, system.
         */
        post: operations["UsersController_provision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account with its roles
         * @description Roles: admin, auditor.
         */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account (it can no longer sign in; its tokens stop working)
         * @description Command DisableUser. Roles: admin, system.
         */
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a role (in its scope) to a user
         * @description Command GrantRole. Roles: admin, system.
         */
        post: operations["UsersController_grant"];
        /**
         * Revoke a role from a user (its tokens for that role stop working at once)
         * @description Command RevokeRole. Roles: admin, system.
         */
        delete: operations["UsersController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's password (kept outside the event log)
         * @description Roles: admin.
         */
        put: operations["UsersController_resetPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/raters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active accounts that may rate units (leaders and committee members), for assigning raters
         * @description Roles: office.
         */
        get: operations["UsersController_raterCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptRectificationDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        AccessGrantDto: {
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9… */
            accessToken: string;
            /**
             * @description Seconds until the token ends
             * @example 3600
             */
            expiresIn: number;
            /**
             * @example office
             * @enum {string}
             */
            role: "admin" | "office" | "committee" | "leader" | "unit-reporter" | "data-provider" | "inspector" | "complaint-handler" | "survey-office" | "auditor";
            scope: components["schemas"]["ScopeDto"];
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        ActingUserDto: {
            /** @example 李明 */
            name: string;
            /** @example tongjiju */
            providerId?: string;
            /**
             * @example office
             * @enum {string}
             */
            role: "admin" | "office" | "committee" | "leader" | "unit-reporter" | "data-provider" | "inspector" | "complaint-handler" | "survey-office" | "auditor";
            /** @example xinchengpu */
            unitId?: string;
            /** @example li.ming */
            userId: string;
        };
        AdjustmentRuleDto: {
            id: string;
            label: components["schemas"]["LabelDto"];
            /** @enum {string} */
            per: "item" | "person";
            /** @example 0.5 */
            points: string | null;
        };
        AmendCalendarDto: {
            /**
             * Format: date
             * @example 2027-02-13
             */
            date: string;
            /**
             * @description working: a working day (调休上班); holiday: a day off (放假); ordinary: Monday–Friday work, weekends off
             * @example working
             * @enum {string}
             */
            day: "working" | "holiday" | "ordinary";
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
        };
        AmendSchemeDto: {
            /**
             * @example [
             *       "社会事业权重由15调整为20"
             *     ]
             */
            changes?: string[];
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
            /**
             * @description The scheme document (the format of libs/scoring), as JSON
             * @example {
             *       "id": "zhengding-2026",
             *       "name": {
             *         "zh-CN": "正定县乡镇绩效考评办法",
             *         "en": "Zhengding township scheme"
             *       },
             *       "version": 1,
             *       "cycle": 2026,
             *       "categories": [
             *         "…"
             *       ]
             *     }
             */
            scheme?: Record<string, never>;
            /**
             * @description The scheme document as YAML text (instead of scheme)
             * @example id: zhengding-2026
             *     version: 1
             *     …
             */
            schemeYaml?: string;
        };
        AppealDecidedDto: {
            actorId: string;
            at: string;
            eventId: string;
            /** @description Evidence attached to this step (sha256:… for uploaded files: GET /evidence/{sha256}) */
            evidence: string[];
            note: string | null;
            /** @enum {string} */
            outcome: "upheld" | "partly-upheld" | "dismissed";
            reason: string | null;
            revokes: {
                kind?: string;
                proposalId?: string;
            }[];
            role: string;
        };
        AppealDto: {
            /**
             * @example {
             *       "kind": "proposal",
             *       "proposalId": "f-xinchengpu-1"
             *     }
             */
            against: {
                categoryId?: string;
                factId?: string;
                /** @enum {string} */
                kind?: "proposal" | "fact" | "results";
                proposalId?: string;
            };
            appealId: string;
            decided: components["schemas"]["AppealDecidedDto"] | null;
            filed: components["schemas"]["AppealFiledDto"];
            grounds: string;
            /** @enum {string} */
            status: "filed" | "decided";
            unitId: string;
        };
        AppealFiledDto: {
            actorId: string;
            at: string;
            eventId: string;
            /** @description Evidence attached to this step (sha256:… for uploaded files: GET /evidence/{sha256}) */
            evidence: string[];
            role: string;
        };
        AppealListDto: {
            items: components["schemas"]["AppealDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many match the filters
             * @example 1000
             */
            total: number;
        };
        AppealReadDto: {
            appeal: components["schemas"]["AppealDto"];
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
        };
        AppealRevocationDto: {
            /**
             * @example deduction
             * @enum {string}
             */
            kind: "deduction" | "bonus" | "veto";
            /** @example insp-2026-0512-01 */
            proposalId: string;
        };
        AppealTargetDto: {
            /**
             * @description When kind is 'results'
             * @example townships
             */
            categoryId?: string;
            /**
             * @description When kind is 'fact': the event id
             * @example 0f8fad5b-d9cb-869f-a165-70867728950e
             */
            factId?: string;
            /**
             * @example proposal
             * @enum {string}
             */
            kind: "proposal" | "fact" | "results";
            /**
             * @description When kind is 'proposal'
             * @example insp-2026-0512-01
             */
            proposalId?: string;
        };
        ApproveBonusDto: {
            /**
             * @description Adjusted points (a reason is then required)
             * @example 1.0
             */
            amount?: string;
            /**
             * @description Adjusted count (a reason is then required)
             * @example 1
             */
            count?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        ApproveDeductionDto: {
            /**
             * @description Adjusted points (a reason is then required)
             * @example 0.5
             */
            amount?: string;
            /**
             * @description Adjusted count (a reason is then required)
             * @example 1
             */
            count?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Adjusted persons (a reason is then required)
             * @example 1
             */
            persons?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        ApproveEvaluationPlanDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        AssignIndicatorDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description A level-3 indicator of the unit’s category
             * @example revenue
             */
            indicatorId: string;
            /**
             * @description The data provider (default: the scheme’s)
             * @example finance-bureau
             */
            providerId?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description Targets per period, decimals as strings
             * @example {
             *       "mid-year": "5000",
             *       "year-end": "12000"
             *     }
             */
            targets?: {
                [key: string]: string;
            };
        };
        AssignmentDto: {
            eventId: string;
            /** @example revenue */
            indicatorId: string;
            /** @example caizhengju */
            providerId: string | null;
            /**
             * @description Targets per period (decimal strings; '' key: every period)
             * @example {
             *       "year": "2500"
             *     }
             */
            targets: {
                [key: string]: string;
            };
            /** @example xinchengpu */
            unitId: string;
        };
        AssignmentListDto: {
            items: components["schemas"]["AssignmentDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many match the filters
             * @example 1000
             */
            total: number;
        };
        AssignRaterDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Only these indicators (default: all the role rates)
             * @example [
             *       "leader-rating"
             *     ]
             */
            indicators?: string[];
            /**
             * @description The user who rates
             * @example wang.xianzhang
             */
            raterId: string;
            /**
             * @description A rater role of the scheme's rating methods
             * @example county-head
             */
            raterRole: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description 'all', or the unit ids rated
             * @example [
             *       "xinchengpu",
             *       "nanniu"
             *     ]
             */
            units: "all" | string[];
        };
        AssignUnitIndicatorsDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description The shared indicator of the scheme (scored proportional or as a score) the items sit under
             * @example revenue
             */
            indicatorId: string;
            /** @description The unit’s own level-3 indicators (三级指标); replaces an earlier list */
            items: components["schemas"]["UnitIndicatorItemDto"][];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        AuditEntryDto: {
            /** @example provider-1 */
            actorId: string;
            approvedBy: string | null;
            cycleId: string | null;
            /** @description The event data */
            data: {
                [key: string]: unknown;
            };
            effectiveDate: string | null;
            eventId: string;
            /** @description Evidence references (sha256:… for uploaded files: GET /evidence/{sha256}) */
            evidence: string[];
            indicatorId: string | null;
            period: string | null;
            /** @description The earlier event this one corrects, approves, rejects or revokes */
            pointsAt: components["schemas"]["PointerDto"] | null;
            /** @example 1040 */
            position: string;
            proposalId: string | null;
            /** @example 录入错误 */
            reason: string | null;
            recordedAt: string;
            rejectedBy: string | null;
            revokedBy: string | null;
            /** @example data-provider */
            role: string;
            streamId: string;
            supersededBy: string | null;
            /** @example DataCorrected */
            type: string;
            unitId: string | null;
        };
        AuditTrailDto: {
            /** @description In log order; the next page: ?after=<last position> */
            entries: components["schemas"]["AuditEntryDto"][];
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
        };
        BatchAssignmentDto: {
            /** @example revenue */
            indicatorId: string;
            /** @example finance-bureau */
            providerId?: string;
            /**
             * @description Targets per period, decimal strings
             * @example {
             *       "mid-year": "1200",
             *       "year-end": "2500"
             *     }
             */
            targets?: Record<string, never>;
            /** @example xinchengpu */
            unitId: string;
        };
        BatchAssignmentsDto: {
            assignments: components["schemas"]["BatchAssignmentDto"][];
        };
        BatchUnitDto: {
            /** @example townships */
            categoryId: string;
            /** @example township */
            level: string;
            /** @example 新城铺镇 */
            name: string;
            /** @example county */
            parentUnitId?: string;
            /** @example xinchengpu */
            unitId: string;
        };
        BatchUnitsDto: {
            units: components["schemas"]["BatchUnitDto"][];
        };
        BatchValueDto: {
            /** @example revenue */
            indicatorId: string;
            /**
             * @description The period (default: the indicator's last)
             * @example mid-year
             */
            period?: string;
            /** @example xinchengpu */
            unitId: string;
            /**
             * @description Decimal string
             * @example 2400.50
             */
            value: string;
        };
        BatchValuesDto: {
            values: components["schemas"]["BatchValueDto"][];
        };
        BrokenLinkDto: {
            actual: string;
            eventId: string;
            expected: string;
            /**
             * @description Global position (a string in JSON)
             * @example 1040
             */
            globalPosition: string;
            /** @enum {string} */
            problem: "hash-mismatch" | "prev-hash-mismatch" | "revision-gap";
            revision: number;
            streamId: string;
        };
        CategoryAsOfDto: {
            categoryId: string;
            cycleId: string;
            grades: components["schemas"]["GradeCountDto"][];
            moment: components["schemas"]["MomentDto"];
            schemeVersion: number;
            units: components["schemas"]["UnitLineDto"][];
        };
        CategoryDto: {
            bonusRules: components["schemas"]["AdjustmentRuleDto"][];
            deductionRules: components["schemas"]["AdjustmentRuleDto"][];
            grades: components["schemas"]["GradeDto"][];
            /** @example townships */
            id: string;
            label: components["schemas"]["LabelDto"];
            parts: components["schemas"]["OutlineNodeDto"][];
            /** @example 100 */
            total: string;
            vetoes: components["schemas"]["VetoDto"][];
        };
        CategoryListDto: {
            categories: components["schemas"]["CategorySummaryDto"][];
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            schemeVersion: number | null;
        };
        CategoryNotComparedDto: {
            /** @example old-town */
            categoryId: string;
            label: components["schemas"]["LabelDto"];
            /** @enum {string} */
            reason: "not-in-draft" | "not-in-force";
        };
        CategoryResultsDto: {
            categoryId: string;
            /** @description The latest computation (after publication: an appeal recomputation not yet published) */
            computed: components["schemas"]["ComputedResultsDto"] | null;
            finalised: components["schemas"]["FinalisedDto"] | null;
            published: components["schemas"]["PublishedResultsDto"] | null;
            /** @enum {string} */
            status: "computed" | "published" | "finalised";
        };
        CategorySummaryDto: {
            grades: components["schemas"]["GradeDto"][];
            /** @example townships */
            id: string;
            label: components["schemas"]["LabelDto"];
            /** @example 100 */
            total: string;
            /**
             * @description Units registered in it now
             * @example 12
             */
            units: number;
        };
        ChangeGrantDto: {
            /**
             * @description Required for data-provider (optional for inspector, complaint-handler, survey-office): the organisation it acts for
             * @example tongjiju
             */
            providerId?: string;
            /** @example 岗位调整 */
            reason?: string;
            /**
             * @example unit-reporter
             * @enum {string}
             */
            role: "admin" | "office" | "committee" | "leader" | "unit-reporter" | "data-provider" | "inspector" | "complaint-handler" | "survey-office" | "auditor";
            /**
             * @description Required for unit-reporter: the unit it reports for
             * @example xinchengpu
             */
            unitId?: string;
        };
        ChangePasswordDto: {
            /**
             * Format: password
             * @example correct horse battery staple
             */
            currentPassword: string;
            /**
             * Format: password
             * @example 考评 2026 new pass
             */
            newPassword: string;
        };
        ChangeTargetDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description The period (default: every period)
             * @example year-end
             */
            period?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
            /** @example 11500.5 */
            value: string;
        };
        ChaseUnitsDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description The units to chase (each must still owe the deadline something); without it, every unit that does
             * @example [
             *       "xinchengpu",
             *       "nanniu"
             *     ]
             */
            unitIds?: string[];
        };
        ClaimBonusDto: {
            /**
             * @description Points, where the rule fixes none
             * @example 1.5
             */
            amount?: string;
            /** @example 1 */
            count?: string;
            /**
             * @description The award document (required)
             * @example doc-2026-award-hebei-017
             */
            document: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example bonus-2026-xcp-01 */
            proposalId: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description The award level (a bonus rule of the category)
             * @example provincial-award
             */
            ruleId: string;
            /** @example xinchengpu */
            unitId: string;
            /** @example 获评省级文明乡镇 */
            what: string;
        };
        ClosePhaseDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description The periods it closes (default: the calendar's periods due by the phase's end)
             * @example [
             *       "mid-year"
             *     ]
             */
            periods?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        CommandAcceptedDto: {
            /**
             * @description Ids of the events the command recorded, in order
             * @example [
             *       "0f8fad5b-d9cb-869f-a165-70867728950e"
             *     ]
             */
            eventIds: string[];
            /**
             * @description Global position of the command's last event, as a decimal string
             * @example 1024
             */
            position: string | null;
            /**
             * @description Revision of the command's last event in its stream (use it as If-Match next time)
             * @example 3
             */
            revision: number | null;
            /**
             * @description The stream they were appended to
             * @example unit-2026-xinchengpu
             */
            streamId: string;
        };
        ComplaintDeductionDto: {
            /**
             * @description Points, where the rule fixes none
             * @example 0.5
             */
            amount?: string;
            /**
             * @description Items found
             * @example 2
             */
            count?: string;
            /**
             * @description A deduction-based indicator
             * @example work-safety
             */
            indicatorId?: string;
            /** @example year-end */
            period?: string;
            /**
             * @description Persons concerned (per-person rules)
             * @example 1
             */
            persons?: string;
            /**
             * @description A deduction rule of the category
             * @example criticism
             */
            ruleId?: string;
            /**
             * @description The investigating body (a scheme source)
             * @example efficiency-office
             */
            source?: string;
        };
        ComputedResultsDto: {
            /** @description The appeal whose decision recomputed them */
            appealId: string | null;
            asOf: string;
            asOfPosition: string;
            computedAt: string;
            eventId: string;
            schemeVersion: number;
            units: components["schemas"]["ResultLineDto"][];
        };
        ComputeResultsDto: {
            /**
             * @description After publication: the appeal whose decision changes the results
             * @example appeal-2026-xcp-01
             */
            appealId?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        ConfirmVetoDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        CorrectDataDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
            /** @example 5203.5 */
            value: string;
        };
        CreateCycleDto: {
            /**
             * @description The cycle id: it names the cycle streams
             * @example 2026
             */
            cycleId: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example 2026年度县直部门和乡镇绩效考评 */
            name: string;
            /**
             * @description The cycle before it (last year), which must exist: its published results give rank changes, two-year flags (诫勉, 不达标) and the rectification carried into this year
             * @example 2025
             */
            predecessorCycleId?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example 2026 */
            year: number;
        };
        CycleDetailDto: {
            closedPeriods: string[];
            createdAt: string;
            /** @example 2026 */
            cycleId: string;
            deadlines: components["schemas"]["DeadlineDto"][];
            /** @example 2026年度综合考评 */
            name: string;
            /**
             * @description The phases open now (phases may overlap)
             * @example [
             *       "year-end"
             *     ]
             */
            openPhases: string[];
            phases: components["schemas"]["PhaseDto"][];
            /** @description Each period of the scheme in force, in the scheme's order, with its rating window (empty before a scheme is published) */
            ratingWindows: components["schemas"]["RatingWindowDto"][];
            schemeVersion: number | null;
            /**
             * @description created: no scheme yet; active: phases run
             * @enum {string}
             */
            status: "created" | "active";
            /** @example 2026 */
            year: number;
        };
        CycleDto: {
            closedPeriods: string[];
            createdAt: string;
            /** @example 2026 */
            cycleId: string;
            deadlines: components["schemas"]["DeadlineDto"][];
            /** @example 2026年度综合考评 */
            name: string;
            /**
             * @description The phases open now (phases may overlap)
             * @example [
             *       "year-end"
             *     ]
             */
            openPhases: string[];
            phases: components["schemas"]["PhaseDto"][];
            schemeVersion: number | null;
            /**
             * @description created: no scheme yet; active: phases run
             * @enum {string}
             */
            status: "created" | "active";
            /** @example 2026 */
            year: number;
        };
        CycleListDto: {
            items: components["schemas"]["CycleDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many match the filters
             * @example 1000
             */
            total: number;
        };
        CycleReadDto: {
            cycle: components["schemas"]["CycleDetailDto"];
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
        };
        CycleTrackingDto: {
            /**
             * @description The last log position read
             * @example 1042
             */
            asOfPosition: string;
            /** @example budget2025 */
            cycleId: string;
            units: components["schemas"]["UnitTrackingDto"][];
        };
        DeadlineBoardDto: {
            /** @example year-data */
            deadlineId: string;
            /** @example 2027-01-20 */
            dueAt: string;
            /** @example data */
            kind: string;
            /**
             * @description Units with an item missing in a closed period (counts zero)
             * @example 0
             */
            missing: number;
            /**
             * @description Units with an item past the deadline
             * @example 2
             */
            overdue: number;
            /**
             * @description Units with an item not yet due
             * @example 1
             */
            pending: number;
            /** @example year */
            period: string;
            /** @example year-end */
            phase: string;
            /**
             * @description Units with every item submitted
             * @example 9
             */
            submitted: number;
            /**
             * @description Units that owe something by this deadline
             * @example 12
             */
            units: number;
        };
        DeadlineDto: {
            /** @example 2027-01-20 */
            dueAt: string;
            /** @example year-data */
            id: string;
            /** @example data */
            kind: string;
            /** @description DeadlinePassed recorded */
            passed: boolean;
            /** @example year */
            period: string | null;
        };
        DecideAppealDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example 经复核，撤销该项扣分 */
            note?: string;
            /**
             * @example upheld
             * @enum {string}
             */
            outcome: "upheld" | "partly-upheld" | "dismissed";
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @description The approvals an upheld appeal revokes (carried out by the appeal workflow) */
            revokes?: components["schemas"]["AppealRevocationDto"][];
        };
        DeviationDto: {
            /**
             * @description value − target, exact
             * @example -6
             */
            deviation: string;
            /**
             * @description deviation ÷ target × 100 (%), exact (20 decimals and "…" where it has no finite form); absent for a zero target
             * @example -20
             */
            rate?: string;
            /**
             * @description The exact rate as "n/d" when `rate` is an approximation
             * @example 20/11
             */
            rateFraction?: string;
            /**
             * @description The rate rounded half up to 2 decimals
             * @example -20.00
             */
            rateShown?: string;
            /**
             * @description The deviation read in the indicator's direction (a cost over its target is behind)
             * @enum {string}
             */
            standing: "ahead" | "on-target" | "behind";
        };
        DisableUserDto: {
            /** @example 调离 */
            reason?: string;
        };
        ErrorBodyDto: {
            /**
             * @description What kind of refusal, precisely (invalid-input, unauthenticated, role-not-allowed, concurrency-conflict…)
             * @example invalid-input
             */
            code: string;
            /** @description One entry per broken rule; for a concurrency conflict an object { streamId, expectedRevision, actualRevision, appendedSince[{eventId, type, revision, actorId, role, commandId, recordedAt}] } */
            details?: components["schemas"]["ErrorDetailDto"][];
            /**
             * @description In Chinese (zh-CN) by default, in English when Accept-Language prefers en; the answer says which in Content-Language. code, path and rule never change with the language.
             * @example 字段 grants[0].unitId：此角色须指定所属单位或机构
             */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        ErrorDetailDto: {
            /**
             * @description In Chinese unless Accept-Language prefers English (see Content-Language)
             * @example 字段 grants[0].unitId：此角色须指定所属单位或机构
             */
            message: string;
            /**
             * @description Field path (dotted, [index] for lists), or a header name
             * @example grants[0].unitId
             */
            path: string;
            /**
             * @description The rule that was broken
             * @example scope-required
             */
            rule: string;
        };
        EventLinkDto: {
            actorId: string;
            data: {
                [key: string]: unknown;
            };
            effectiveDate?: string;
            eventId: string;
            evidence?: string[];
            /** @example 1040 */
            position: string;
            reason?: string;
            recordedAt: string;
            revision: number;
            role: string;
            streamId: string;
            type: string;
        };
        EvidenceDto: {
            /** @description The same bytes were stored before (nothing new stored) */
            existed: boolean;
            /** @enum {string} */
            mediaType: "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "application/pdf";
            /**
             * @description Put this in a command's `evidence`
             * @example sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            reference: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example 183204 */
            size: number;
            uploadedAt: string;
            uploadedBy: string;
            uploadedRole: string;
        };
        ExplainedNodeDto: {
            children: components["schemas"]["ExplainedNodeDto"][];
            events: components["schemas"]["FactEvidenceDto"][];
            /** @description Facts behind the number (keys of `events`, see eventIdOfFact) */
            factIds: string[];
            /** @example revenue */
            id: string;
            /**
             * @example {
             *       "actual": "2400",
             *       "target": "2500"
             *     }
             */
            inputs: {
                [key: string]: string;
            };
            /** @enum {string} */
            kind: "total" | "part" | "node" | "period" | "leaf" | "bonus" | "deduction" | "cap" | "item";
            label: components["schemas"]["LabelDto"];
            /** @example 30 */
            max?: string;
            period?: string;
            /** @description The rule in words */
            rule: components["schemas"]["LabelDto"];
            score?: components["schemas"]["RuleScoreDto"];
            /**
             * @description Rounded half up to 2 decimals
             * @example 14.40
             */
            shown: string;
            /** @example recorded */
            status?: string;
            /**
             * @description Unrounded value (string; deductions negative)
             * @example 14.4
             */
            value: string;
        };
        ExplainedScoreDto: {
            categoryId: string;
            /** @description The events behind the numbers, by event id */
            events: {
                [key: string]: components["schemas"]["AuditEntryDto"];
            };
            explanation: components["schemas"]["ExplanationNodeDto"];
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
            score: components["schemas"]["LiveUnitScoreDto"];
        };
        ExplanationNodeDto: {
            children: components["schemas"]["ExplanationNodeDto"][];
            /** @description Facts behind the number (keys of `events`, see eventIdOfFact) */
            factIds: string[];
            /** @example revenue */
            id: string;
            /**
             * @example {
             *       "actual": "2400",
             *       "target": "2500"
             *     }
             */
            inputs: {
                [key: string]: string;
            };
            /** @enum {string} */
            kind: "total" | "part" | "node" | "period" | "leaf" | "bonus" | "deduction" | "cap" | "item";
            label: components["schemas"]["LabelDto"];
            /** @example 30 */
            max?: string;
            period?: string;
            /** @description The rule in words */
            rule: components["schemas"]["LabelDto"];
            score?: components["schemas"]["RuleScoreDto"];
            /**
             * @description Rounded half up to 2 decimals
             * @example 14.40
             */
            shown: string;
            /** @example recorded */
            status?: string;
            /**
             * @description Unrounded value (string; deductions negative)
             * @example 14.4
             */
            value: string;
        };
        FactChangeDto: {
            /** @description The earlier event a correction replaces or a revocation takes back */
            changes?: components["schemas"]["EventLinkDto"];
            event: components["schemas"]["EventLinkDto"];
            /** @enum {string} */
            kind: "arrived" | "corrected" | "revoked" | "recorded";
            unitId?: string;
        };
        FactEvidenceDto: {
            event: components["schemas"]["EventLinkDto"];
            factId: string;
            /** @description The events that made it count: finding, claim, approval, earlier values */
            trail: components["schemas"]["EventLinkDto"][];
        };
        FileAppealDto: {
            against: components["schemas"]["AppealTargetDto"];
            /** @example appeal-2026-xcp-01 */
            appealId: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example 该窗口当日已张贴临时调岗公告，非无人值守 */
            grounds: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example xinchengpu */
            unitId: string;
        };
        FinalisedDto: {
            at: string;
            eventId: string;
        };
        FinaliseResultsDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        GradeCountDto: {
            /** @example 2 */
            count: number;
            /** @example advanced */
            id: string;
            label: components["schemas"]["LabelDto"];
            /**
             * @description Places the quota allows
             * @example 3
             */
            places?: number;
        };
        GradeDto: {
            /** @example advanced */
            id: string;
            label: components["schemas"]["LabelDto"];
            /** @example 90 */
            min: string | null;
        };
        GradeRefDto: {
            /** @example advanced */
            id: string;
            label: components["schemas"]["LabelDto"];
        };
        GrantDto: {
            /**
             * @description Required for data-provider (optional for inspector, complaint-handler, survey-office): the organisation it acts for
             * @example tongjiju
             */
            providerId?: string;
            /**
             * @example unit-reporter
             * @enum {string}
             */
            role: "admin" | "office" | "committee" | "leader" | "unit-reporter" | "data-provider" | "inspector" | "complaint-handler" | "survey-office" | "auditor";
            /**
             * @description Required for unit-reporter: the unit it reports for
             * @example xinchengpu
             */
            unitId?: string;
        };
        IdLabelDto: {
            id: string;
            label: components["schemas"]["LabelDto"];
        };
        ImportedSheetDto: {
            /** @example values */
            kind: string;
            /** @example 9600 */
            rows: number;
            /** @example 数据报送 */
            sheet: string;
        };
        ImportProblemDto: {
            /**
             * @description The column's Chinese title ('' for a problem of the whole row or sheet)
             * @example 数值
             */
            column: string;
            message: components["schemas"]["ImportProblemMessageDto"];
            /**
             * @description Row number as the spreadsheet shows it (1-based; header rows count)
             * @example 7
             */
            row: number;
            /** @example not-assigned */
            rule: string;
            /** @example 数据报送 */
            sheet: string;
            /** @example 2400 */
            value: string;
        };
        ImportProblemMessageDto: {
            /** @example the indicator is not assigned to this unit */
            en: string;
            /** @example 该指标未分配给本单位 */
            "zh-CN": string;
        };
        ImportReportDto: {
            /** @description Rows recorded by an earlier upload of the same file */
            alreadyRecorded: number;
            /** @description sha256 of the file's bytes (of the canonical JSON for a batch) */
            fileHash: string;
            /** @example values-finance-bureau.xlsx */
            fileName: string;
            /** @description The FileImported event of the upload, once recorded */
            importEventId: string | null;
            planned: components["schemas"]["PlannedCommandDto"][];
            /** @description Global position of the last event appended (null when nothing was appended) */
            position: string | null;
            /** @description Every problem, all at once; any problem means nothing was recorded */
            problems: components["schemas"]["ImportProblemDto"][];
            /** @description Commands recorded by this call */
            recorded: number;
            /** @example 9600 */
            rowCount: number;
            sheets: components["schemas"]["ImportedSheetDto"][];
            /** @enum {string} */
            status: "refused" | "dry-run" | "recorded";
            /** @description Value rows that repeat the value that counts now (a template sent back with its earlier values): nothing to record */
            unchanged: number;
        };
        IndicatorSelfScoreDto: {
            /** @example revenue */
            indicatorId: string;
            /** @example 完成年度目标的96% */
            narrative?: string;
            /** @example 38.5 */
            selfScore?: string;
        };
        LabelDto: {
            /** @example Townships */
            en: string;
            /** @example 乡镇 */
            "zh-CN": string;
        };
        LineMismatchDto: {
            /** @description The line as published (null: the log gives a unit the table lacks) */
            published: components["schemas"]["ResultLineDto"] | null;
            /** @description The line the log gives at the recorded position */
            recomputed: components["schemas"]["ResultLineDto"] | null;
            unitId: string;
        };
        LiveCategoryDto: {
            asOf: string | null;
            /**
             * @description The categories whose units the lines hold
             * @example [
             *       "district-departments",
             *       "district-departments-no-investment"
             *     ]
             */
            categories: string[];
            categoryId: string;
            cycleId: string;
            grades: components["schemas"]["GradeCountDto"][];
            label: components["schemas"]["LabelDto"];
            position: string | null;
            published: {
                at?: string;
                eventId?: string;
            } | null;
            /** @description The ranking group (`rankings` in the scheme) whose ranks and grades the lines carry; null: the category ranks alone */
            ranking: components["schemas"]["RankingGroupDto"] | null;
            schemeVersion: number | null;
            warnings: {
                [key: string]: unknown;
            }[];
        };
        LiveScoresDto: {
            category: components["schemas"]["LiveCategoryDto"];
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many lines there are in all (the page is `units`)
             * @example 1000
             */
            total: number;
            units: components["schemas"]["LiveUnitScoreDto"][];
        };
        LiveUnitScoreDto: {
            /** @description Bonus: shown (string) and items */
            bonus: {
                [key: string]: unknown;
            };
            /**
             * @description The category the unit is scored in
             * @example townships
             */
            categoryId: string;
            /** @description Deduction: shown (string) and items */
            deduction: {
                [key: string]: unknown;
            };
            /** @description Remarks, among them results-flag (two years in the lowest grade…) and rectification-carried (last year’s open orders) */
            flags: components["schemas"]["UnitFlagDto"][];
            grade: components["schemas"]["GradeRefDto"] | null;
            /** @example 新城铺镇 */
            name: string | null;
            /** @description Per part: id, label, value (string) */
            parts: {
                [key: string]: unknown;
            }[];
            /** @example 1 */
            rank: number;
            resultsUse: components["schemas"]["ResultsUseDto"];
            /**
             * @description Rounded to 2 decimals (string)
             * @example 93.65
             */
            total: string;
            /**
             * @description Unrounded (string)
             * @example 93.6512
             */
            totalExact: string;
            /** @example xinchengpu */
            unitId: string;
        };
        LoginDto: {
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description The provider, when the user acts for several
             * @example tongjiju
             */
            providerId?: string;
            /**
             * @description The role to act in; required when the user holds several
             * @example office
             * @enum {string}
             */
            role?: "admin" | "office" | "committee" | "leader" | "unit-reporter" | "data-provider" | "inspector" | "complaint-handler" | "survey-office" | "auditor";
            /**
             * @description The unit, when the user is a reporter for several
             * @example xinchengpu
             */
            unitId?: string;
            /** @example li.ming */
            userId: string;
        };
        MeDto: {
            /** @description The actions of the role table this role may perform */
            actions: string[];
            /** @description Every role (with its scope) the user holds: sign in again to act in another */
            grants: components["schemas"]["GrantDto"][];
            /** @example 李明 */
            name: string;
            /** @example tongjiju */
            providerId?: string;
            /**
             * @description The role this token acts in
             * @example unit-reporter
             */
            role: string;
            /** @example xinchengpu */
            unitId?: string;
            /** @example li.ming */
            userId: string;
        };
        MomentDto: {
            /** @example 2027-01-21T00:00:00.000Z */
            at: string;
            /**
             * @description The last global position included
             * @example 1040
             */
            position: string;
            /**
             * @description What was asked
             * @example published
             */
            requested: string;
        };
        MovePhaseDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * Format: date
             * @description New end
             * @example 2026-08-10
             */
            end?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
            /**
             * Format: date
             * @description New start (only before the phase opens)
             * @example 2026-07-01
             */
            start?: string;
        };
        MoveUnitDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
            /** @example departments */
            toCategoryId: string;
        };
        NotificationDto: {
            createdAt: string;
            cycleId: string;
            id: string;
            /** @example reminder */
            kind: string;
            /** @example 年中数据将于 2026-07-10 截止 */
            message: string;
            /** @description Whether you marked it read (each person apart) */
            read: boolean;
            /** @description user:…, role:…, unit:… or provider:… */
            recipient: string;
        };
        NotificationWebhookDto: {
            /** @example provider:finance-bureau */
            address: string;
            setAt: string;
            /** @description Who set it (user id) */
            setBy: string;
            url: string;
        };
        NumberChangeDto: {
            /**
             * @description total, bonus, deduction, grade, rank or parts.<id>
             * @example total
             */
            field: string;
            /** @example 92.15 */
            from: string | null;
            /** @example 93.65 */
            to: string | null;
            unitId: string;
        };
        OpenPhaseDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        OrderRectificationDto: {
            /**
             * @description The deadline (ISO 8601 instant), after now
             * @example 2026-06-30T23:59:59+08:00
             */
            dueAt: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example rect-2026-beizaoxian-01 */
            orderId: string;
            /**
             * @description What is to be rectified (also recorded as the order)
             * @example 年度考评等次为不合格，须提交整改方案
             */
            reason: string;
            /** @example beizaoxian */
            unitId: string;
        };
        OutlineNodeDto: {
            children: components["schemas"]["OutlineNodeDto"][];
            deadline: string | null;
            /**
             * @description Rating leaves that take the grades of the unit's projects: the project category (null: rated by hand; nobody rates such a leaf)
             * @example special-projects
             */
            fromProjects: string | null;
            /** @example revenue */
            id: string;
            /** @enum {string} */
            kind: "part" | "node" | "period" | "leaf";
            label: components["schemas"]["LabelDto"];
            /** @description Leaves scored on a scale (rating, survey): the scale's levels in order; a survey's counts are given per level */
            levels: components["schemas"]["IdLabelDto"][] | null;
            /**
             * @description Points the node is worth in the category total (decimal string)
             * @example 30.00
             */
            maxPoints: string;
            /** @enum {string|null} */
            method: "proportional" | "rating" | "points" | "score" | "survey" | "deduction" | null;
            /** @example year */
            period: string;
            /** @example tongjiju */
            provider: string | null;
            /**
             * @description Rating and points leaves: the rater roles that rate it (null: any assigned rater)
             * @example [
             *       "county-leader"
             *     ]
             */
            raterRoles: string[] | null;
            /**
             * @description The node's own full marks
             * @example 100
             */
            scale: string;
            subject: string | null;
        };
        PersonGradeDto: {
            /**
             * @description The grade within the unit’s 优秀 quota (null: not scored yet)
             * @enum {string|null}
             */
            grade: "优秀" | "称职" | "基本称职" | "不称职" | null;
            /** @example 李明 */
            name: string;
            /**
             * @description The unit the person hangs below (the unit itself or one of its sections)
             * @example caizhengju-yusuanke
             */
            parentUnitId: string | null;
            /** @example li-ming */
            personId: string;
            /** @description Scored 优秀 but no place was left in the quota: graded 称职 */
            quotaFilled: boolean;
            /**
             * @description The grade the person’s own score gives
             * @enum {string|null}
             */
            scored: "优秀" | "称职" | "基本称职" | "不称职" | null;
            /**
             * @description Live total in the person’s own category (null: not scored yet)
             * @example 93.50
             */
            total: string | null;
        };
        PersonGradesDto: {
            /**
             * @description Share (%) of its staff the unit may grade 优秀 (the scheme’s results use for its grade; null: none set, no quota)
             * @example 20
             */
            excellenceRatio: string | null;
            /**
             * @description Persons graded 优秀
             * @example 2
             */
            excellent: number;
            /** @description Every person below the unit (directly or in its sections) */
            persons: components["schemas"]["PersonGradeDto"][];
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
            /**
             * @description Places for 优秀: round_half_up(scored persons × share); ties at the last place share it
             * @example 2
             */
            quota: number | null;
            /** @description The unit’s own live standing, whose grade sets the 优秀 share */
            unit: components["schemas"]["UnitStandingDto"] | null;
            /** @example caizhengju */
            unitId: string;
        };
        PhaseBoardDto: {
            cycle: components["schemas"]["CycleDto"];
            /** @description Drill down: GET /cycles/{cycleId}/submission-status?deadlineId=…&status=… */
            deadlines: components["schemas"]["DeadlineBoardDto"][];
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
        };
        PhaseDto: {
            closedAt: string | null;
            /** @example 2027-01-20 */
            end?: string;
            /** @example year-end */
            id: string;
            openedAt: string | null;
            /**
             * @description Start date (the calendar, as moved by hand)
             * @example 2026-12-01
             */
            start?: string;
            /** @enum {string} */
            status: "pending" | "open" | "closed";
        };
        PlannedCommandDto: {
            /** @example import:3f2a…:数据报送:3 */
            commandId: string;
            /**
             * @example [
             *       "DataSubmitted"
             *     ]
             */
            events: string[];
            row: number;
            sheet: string;
            /** @example unit-2026-xinchengpu */
            streamId: string;
            /** @example SubmitData */
            type: string;
        };
        PointerDto: {
            eventId: string;
            /** @enum {string} */
            kind: "supersedes" | "approves" | "rejects" | "revokes" | "decides";
        };
        ProposalDto: {
            decided: components["schemas"]["ProposalStepDto"] | null;
            /** @description Evidence references (sha256:… for uploaded files) */
            evidence: string[];
            /** @enum {string} */
            kind: "deduction" | "bonus" | "veto";
            /** @example f-xinchengpu-1 */
            proposalId: string;
            recorded: components["schemas"]["ProposalStepDto"];
            revoked: components["schemas"]["ProposalRevocationDto"] | null;
            /** @enum {string} */
            status: "pending" | "under-investigation" | "approved" | "rejected" | "revoked" | "not-upheld";
            /** @description Rule, points (decimal strings), source… */
            terms: {
                [key: string]: unknown;
            };
            unitId: string;
            /** @example 窗口服务超时 (政务大厅) */
            what: string;
        };
        ProposalListDto: {
            items: components["schemas"]["ProposalDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many match the filters
             * @example 1000
             */
            total: number;
        };
        ProposalReadDto: {
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            proposal: components["schemas"]["ProposalDto"];
        };
        ProposalRevocationDto: {
            actorId: string;
            appealId: string | null;
            at: string;
            eventId: string;
            reason?: string | null;
            role: string;
        };
        ProposalStepDto: {
            actorId: string;
            at: string;
            eventId: string;
            reason?: string | null;
            role: string;
        };
        ProvisionUserDto: {
            /**
             * @example [
             *       {
             *         "role": "office"
             *       }
             *     ]
             */
            grants: components["schemas"]["GrantDto"][];
            /** @example 李明 */
            name: string;
            /**
             * Format: password
             * @description The first password; the user changes it with PUT /auth/password
             * @example 考评 2026 first pass
             */
            password: string;
            /** @example 新任绩效办工作人员 */
            reason?: string;
            /** @example li.ming */
            userId: string;
        };
        PublicationCheckDto: {
            /** @enum {string} */
            check: "seal-matches" | "log-intact" | "signed" | "table-recomputes";
            /** @description What was found (Chinese first) */
            detail: string;
            /** @enum {string} */
            status: "passed" | "failed" | "not-yet";
        };
        PublicationSealDto: {
            /** @description The moment deadlines were judged at */
            asOf: string;
            /**
             * @description The log position the table was computed at
             * @example 1042
             */
            asOfPosition: string;
            computedEventId: string;
            /** @description SHA-256 (hex) of the ResultsComputed event */
            computedHash: string;
            publishedAt: string;
            publishedEventId: string;
            /** @description SHA-256 (hex) of the ResultsPublished event (also the PDF's Subject: "seal <hash>") */
            publishedHash: string;
            /** @example 1050 */
            publishedPosition: string;
        };
        PublicationVerificationDto: {
            categoryId: string;
            checks: components["schemas"]["PublicationCheckDto"][];
            cycleId: string;
            log: components["schemas"]["VerifyReportDto"];
            mismatches: components["schemas"]["LineMismatchDto"][];
            /** @description No check failed (a signature not made yet is said, not failed) */
            ok: boolean;
            /** @description The publication as the log has it: what a true 公示 of it prints */
            seal: components["schemas"]["PublicationSealDto"];
        };
        PublishedResultsDto: {
            /** @description The appeal whose decision recomputed them */
            appealId: string | null;
            asOf: string;
            asOfPosition: string;
            computedAt: string;
            eventId: string;
            noticeEndsAt: string;
            publishedAt: string;
            publishedEventId: string;
            schemeVersion: number;
            units: components["schemas"]["ResultLineDto"][];
        };
        PublishResultsDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description End of the notice period (公示), ISO 8601 instant
             * @example 2027-03-07T18:00:00+08:00
             */
            noticeEndsAt: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        PublishSchemeDto: {
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description The scheme document (the format of libs/scoring), as JSON
             * @example {
             *       "id": "zhengding-2026",
             *       "name": {
             *         "zh-CN": "正定县乡镇绩效考评办法",
             *         "en": "Zhengding township scheme"
             *       },
             *       "version": 1,
             *       "cycle": 2026,
             *       "categories": [
             *         "…"
             *       ]
             *     }
             */
            scheme?: Record<string, never>;
            /**
             * @description The scheme document as YAML text (instead of scheme)
             * @example id: zhengding-2026
             *     version: 1
             *     …
             */
            schemeYaml?: string;
        };
        QueueReportDto: {
            /** @enum {string} */
            adapter: "bullmq" | "in-process";
            /**
             * @example {
             *       "waiting": 0,
             *       "active": 0,
             *       "delayed": 3,
             *       "completed": 12,
             *       "failed": 0
             *     }
             */
            counts: {
                [key: string]: number;
            };
            /** @description waiting + delayed + active */
            depth: number;
            /** @example kaoping-phases */
            name: string;
            /** @description What this process ran since it started */
            sinceStart: {
                [key: string]: number;
            };
        };
        QueuesDto: {
            queues: components["schemas"]["QueueReportDto"][];
        };
        RankChangeDto: {
            /**
             * @description Places gained (negative: lost)
             * @example 2
             */
            change: number;
            /** @enum {string} */
            direction: "up" | "down" | "same";
            /**
             * @description Rank in the published results of the cycle before
             * @example 5
             */
            previousRank: number;
        };
        RankingGroupDto: {
            /** @example district-departments-all */
            id: string;
            label: components["schemas"]["LabelDto"];
            /**
             * @description How many units the group ranks
             * @example 28
             */
            units: number;
        };
        RaterCandidateDto: {
            /** @example 刘县长 */
            name: string;
            /**
             * @example [
             *       "leader"
             *     ]
             */
            roles: string[];
            /** @example liu.leader */
            userId: string;
        };
        RaterDto: {
            indicators: string[] | null;
            /** @example liu.leader */
            raterId: string;
            /** @example governor */
            raterRole: string;
            /**
             * @example [
             *       "xinchengpu"
             *     ]
             */
            units: "all" | string[];
        };
        RaterListDto: {
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            raters: components["schemas"]["RaterDto"][];
        };
        RateUnitDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description A level of the indicator's scale (or points)
             * @example good
             */
            grade?: string;
            /** @example leader-rating */
            indicatorId: string;
            /** @example year-end */
            period?: string;
            /**
             * @description Points (or a grade); with a grade given as a range of points (Qitai 良好 8–9, 一般 5–6 of 10), the points picked within it — outside the range: 400 'points-outside-grade-range'
             * @example 9.5
             */
            points?: string;
            /**
             * @description The rater role the rater was assigned in
             * @example county-head
             */
            raterRole: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        RatingWindowDto: {
            /**
             * @description A period of the scheme in force
             * @example mid-year
             */
            period: string;
            /**
             * @description Whether ratings for the period are taken now: open; not-open (a mid-year or year-end period while neither phase is open); closed (the period closed)
             * @enum {string}
             */
            window: "open" | "not-open" | "closed";
        };
        RecordComplaintFindingDto: {
            /** @description The proposed deduction, when upheld */
            deduction?: components["schemas"]["ComplaintDeductionDto"];
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example 经核查，投诉情况属实 */
            findings: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description The unit the complaint is about (as registered)
             * @example xinchengpu
             */
            unitId: string;
            /**
             * @description Upheld (查实): then a deduction is proposed
             * @example true
             */
            upheld: boolean;
        };
        RecordInspectionFindingDto: {
            /** @example 0.5 */
            amount?: string;
            /** @example 1 */
            count?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references: at least one
             * @example [
             *       "photo-2026-0512-001"
             *     ]
             */
            evidence: string[];
            /** @example work-safety */
            indicatorId?: string;
            /** @example year-end */
            period?: string;
            /** @example 1 */
            persons?: string;
            /**
             * @description A new proposal id
             * @example insp-2026-0512-01
             */
            proposalId: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example inspection */
            ruleId?: string;
            /**
             * @description The inspecting body (a scheme source): the inspector's own
             * @example efficiency-office
             */
            source: string;
            /** @example xinchengpu */
            unitId: string;
            /** @example 工作时间窗口无人值守 */
            what: string;
            /** @example 新城铺镇便民服务中心 */
            where: string;
        };
        RecordSurveyResultDto: {
            /**
             * @description Answers per satisfaction level, whole numbers as strings (or a rate)
             * @example {
             *       "satisfied": "820",
             *       "fairly-satisfied": "150",
             *       "dissatisfied": "30"
             *     }
             */
            counts?: {
                [key: string]: string;
            };
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example public-satisfaction */
            indicatorId: string;
            /** @example year-end */
            period?: string;
            /**
             * @description A satisfaction rate in percent (or counts)
             * @example 91.2
             */
            rate?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example 1000 */
            sampleSize: string;
        };
        RecordVetoIncidentDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * Format: date
             * @example 2026-05-03
             */
            occurredOn?: string;
            /** @example veto-2026-xcp-01 */
            proposalId: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example xinchengpu */
            unitId: string;
            /**
             * @description A veto of the unit's category
             * @example safety-accident
             */
            vetoId: string;
            /** @example 发生较大生产安全事故 */
            what: string;
        };
        RectificationDto: {
            accepted: {
                actorId?: string;
                eventId?: string;
            } | null;
            /** @example 2027-03-31 */
            dueAt: string;
            ordered: {
                actorId?: string;
                at?: string;
                eventId?: string;
            };
            orderId: string;
            overdue: boolean;
            plan: components["schemas"]["RectificationStepDto"] | null;
            reason: string;
            report: components["schemas"]["RectificationStepDto"] | null;
            /** @enum {string} */
            status: "ordered" | "planned" | "reported" | "accepted";
            unitId: string;
            updatedAt: string;
        };
        RectificationListDto: {
            items: components["schemas"]["RectificationDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many match the filters
             * @example 1000
             */
            total: number;
        };
        RectificationStepDto: {
            documents: string[];
            eventId: string;
            text: string;
        };
        RegisterComplaintDto: {
            /** @example 12345热线 */
            channel?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example cmp-12345-0088 */
            proposalId: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example 办理宅基地审批超时限 */
            summary: string;
            /** @example xinchengpu */
            unitId: string;
        };
        RegisterUnitDto: {
            /**
             * @description A category of the scheme; none for a county at the root of the tree, which is not scored
             * @example townships
             */
            categoryId?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @example township
             * @enum {string}
             */
            level: "county" | "department" | "township" | "section" | "person" | "project";
            /** @example 新城铺镇 */
            name: string;
            /**
             * @description The unit above it (four-level hierarchy)
             * @example zhengding-county
             */
            parentUnitId?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example xinchengpu */
            unitId: string;
        };
        RejectProposalDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
        };
        ReportRectificationCompletedDto: {
            /**
             * @description Document references
             * @example [
             *       "doc-2026-plan-xcp"
             *     ]
             */
            documents: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /** @example 整改任务已全部完成 */
            report: string;
        };
        ResetPasswordDto: {
            /**
             * Format: password
             * @example 考评 2026 reset pass
             */
            password: string;
        };
        ResultLineDto: {
            /** @description Rectification orders of the cycle before still open, carried into this year (ids) */
            carriedRectifications?: string[];
            /**
             * @description Results-use flags raised (ids of the scheme’s flags: 连续两年不达标…)
             * @example [
             *       "two-years-below-standard"
             *     ]
             */
            flags?: string[];
            /** @example advanced */
            grade: string;
            /** @example 1 */
            rank: number;
            /** @description What the result means (absent: the scheme sets no results use and there is no cycle before) */
            resultsUse?: components["schemas"]["ResultsUseDto"];
            /**
             * @description Decimal string
             * @example 93.65
             */
            total: string;
            unitId: string;
        };
        ResultsListDto: {
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            results: components["schemas"]["CategoryResultsDto"][];
        };
        ResultsUseDto: {
            /** @description Actions the grade calls for (诫勉谈话…) */
            actions: components["schemas"]["LabelDto"][];
            /**
             * @description Share (%) of its civil servants who may be graded excellent (decimal string)
             * @example 12
             */
            excellenceRatio?: string;
            /**
             * @description Bonus pay adjustment in % (decimal string)
             * @example -20
             */
            payFactor?: string;
            /** @description Against the cycle before (absent: no predecessor, or the unit was not ranked in its published results) */
            rankChange?: components["schemas"]["RankChangeDto"];
        };
        RetireUnitDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
        };
        ReturnEvaluationPlanDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
        };
        ReviewQueueDto: {
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
            proposals: components["schemas"]["ProposalDto"][];
        };
        RevokeApprovalDto: {
            /**
             * @description The appeal whose decision this carries out
             * @example appeal-2026-xcp-01
             */
            appealId?: string;
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason: string;
        };
        RuleScoreDto: {
            /** @example 100 */
            outOf: string;
            /** @example 88.32 */
            value: string;
        };
        SchemeOutlineDto: {
            categories: components["schemas"]["CategoryDto"][];
            id: string;
            name: components["schemas"]["LabelDto"];
            periods: components["schemas"]["IdLabelDto"][];
            /** @description The rater roles the scheme names (省长, 分管县领导…); empty when it names none */
            raterRoles: components["schemas"]["IdLabelDto"][];
            sources: components["schemas"]["IdLabelDto"][];
            version: number;
        };
        SchemeReadDto: {
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            scheme: components["schemas"]["SchemeVersionDto"];
        };
        SchemeVersionDto: {
            actorId: string;
            changes: string[];
            /** @description The scheme document as published (JSON; docs/scheme-format) */
            document: {
                [key: string]: unknown;
            };
            eventId: string;
            /** @description The parsed tree (null if the document no longer validates) */
            outline: components["schemas"]["SchemeOutlineDto"] | null;
            reason: string | null;
            recordedAt: string;
            role: string;
            /** @enum {string} */
            type: "SchemePublished" | "SchemeAmended";
            /** @example 2 */
            version: number;
        };
        SchemeVersionListDto: {
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            versions: components["schemas"]["SchemeVersionSummaryDto"][];
        };
        SchemeVersionSummaryDto: {
            actorId: string;
            changes: string[];
            eventId: string;
            reason: string | null;
            recordedAt: string;
            role: string;
            /** @enum {string} */
            type: "SchemePublished" | "SchemeAmended";
            /** @example 2 */
            version: number;
        };
        SchemeWhatIfDto: {
            /**
             * @description The moment scored at (deadlines judged then): when the request arrived
             * @example 2027-01-21T00:00:00.000Z
             */
            asOf: string;
            /**
             * @description The last log position read
             * @example 1042
             */
            asOfPosition: string;
            categories: components["schemas"]["WhatIfCategoryDto"][];
            /** @example 2026 */
            cycleId: string;
            draft: components["schemas"]["WhatIfSchemeRefDto"];
            inForce: components["schemas"]["WhatIfSchemeRefDto"];
            /** @description Categories only one of the schemes has */
            notCompared: components["schemas"]["CategoryNotComparedDto"][];
        };
        ScopeDto: {
            /** @example tongjiju */
            providerId?: string;
            /** @example xinchengpu */
            unitId?: string;
        };
        ScoreDiffDto: {
            categoryId: string;
            changes: components["schemas"]["NumberChangeDto"][];
            cycleId: string;
            facts: components["schemas"]["FactChangeDto"][];
            from: components["schemas"]["MomentDto"];
            to: components["schemas"]["MomentDto"];
            units: components["schemas"]["UnitBeforeAfterDto"][];
        };
        SetNotificationWebhookDto: {
            /**
             * @description A person (user:<id>) or a group: role:<role>, unit:<id>, provider:<id>
             * @example provider:finance-bureau
             */
            address: string;
            /**
             * @description The robot webhook (WeCom 企业微信 or DingTalk 钉钉 group robot): an http(s) URL
             * @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…
             */
            url: string;
        };
        SignOffPeriodDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example mid-year */
            period: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        SnapshotDto: {
            asOf: string;
            asOfPosition: string;
            categoryId: string;
            eventId: string;
            /** @example mid-year */
            phase: string;
            recordedAt: string;
            schemeVersion: number;
            units: components["schemas"]["ResultLineDto"][];
        };
        SnapshotListDto: {
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            snapshots: components["schemas"]["SnapshotDto"][];
        };
        StoppedFactDto: {
            event: components["schemas"]["EventLinkDto"];
            /** @enum {string} */
            how: "revoked" | "corrected";
            stoppedBy: components["schemas"]["EventLinkDto"];
        };
        SubmissionItemDto: {
            /** @example year-data */
            deadlineId: string;
            /** @example 2027-01-20 */
            dueAt: string;
            indicatorId: string | null;
            /** @example data */
            kind: string;
            /** @example year */
            period: string;
            /** @example year-end */
            phase: string;
            providerId: string | null;
            /** @enum {string} */
            status: "submitted" | "pending" | "overdue" | "missing";
            submittedEventId: string | null;
            unitId: string;
            /**
             * @description The value a data item was delivered with (a decimal as text); null for other items and before delivery
             * @example 86.5
             */
            value: string | null;
        };
        SubmissionStatusDto: {
            items: components["schemas"]["SubmissionItemDto"][];
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
        };
        SubmitDataDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example revenue */
            indicatorId: string;
            /**
             * @description One of the unit’s own level-3 indicators under `indicatorId` (see POST …/unit-indicators)
             * @example tax
             */
            item?: string;
            /**
             * @description The period (default: the scheme's last)
             * @example mid-year
             */
            period?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description The value, a decimal as a string
             * @example 5230.5
             */
            value: string;
        };
        SubmitEvaluationPlanDto: {
            /**
             * @description Document references
             * @example [
             *       "doc-2026-plan-xcp"
             *     ]
             */
            documents: string[];
            /** @example 按县绩效办通知报送 */
            reason?: string;
            /** @example 2026年度新城铺镇绩效目标与工作计划 */
            summary: string;
        };
        SubmitRectificationPlanDto: {
            /**
             * @description Document references
             * @example [
             *       "doc-2026-plan-xcp"
             *     ]
             */
            documents: string[];
            /** @example 一、强化安全生产责任制…… */
            plan: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        SubmitSelfAssessmentDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /** @example 上半年各项目标任务进展顺利…… */
            narrative: string;
            perIndicator?: components["schemas"]["IndicatorSelfScoreDto"][];
            /** @example mid-year */
            period?: string;
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
            /**
             * @description The overall self-score
             * @example 92.5
             */
            selfScore?: string;
        };
        TakeSnapshotDto: {
            /**
             * Format: date
             * @description The date the fact is about, when it differs from today
             * @example 2026-06-30
             */
            effectiveDate?: string;
            /**
             * @description Evidence references (document ids, photo references)
             * @example [
             *       "doc-2026-0117",
             *       "photo-xcp-0042"
             *     ]
             */
            evidence?: string[];
            /**
             * @description The phase whose scores are frozen
             * @example mid-year
             * @enum {string}
             */
            phase: "planning" | "monitoring" | "mid-year" | "year-end" | "review" | "publication" | "results" | "rectification";
            /**
             * @description Why: recorded with the event (required where the action changes something earlier)
             * @example 数据录入错误，按统计局更正通知修改
             */
            reason?: string;
        };
        TrackedIndicatorDto: {
            /**
             * @description The corrective action (纠偏措施): the reason recorded with the value, or with its latest correction
             * @example 雨季停工，偏差20%：增加施工班组
             */
            correctiveAction?: string;
            /** @description Absent until both target and value are there */
            deviation?: components["schemas"]["DeviationDto"];
            /**
             * @description Which way is better
             * @enum {string}
             */
            direction: "higher" | "lower";
            /** @example output-quantity */
            indicatorId: string;
            recorded?: components["schemas"]["TrackedValueRecordDto"];
            /**
             * @description The round's target (分阶段目标): the unit's own, else the scheme's; absent: none set
             * @example 30
             */
            target?: string;
            /**
             * @description The value that counts now; absent: not reported
             * @example 24
             */
            value?: string;
        };
        TrackedValueRecordDto: {
            /** @example provider.project-section */
            actorId: string;
            /** @description The value is a correction of an earlier one */
            corrected: boolean;
            /** @description The DataSubmitted or DataCorrected event of the value that counts */
            eventId: string;
            /** @example 2025-07-10T08:00:00.000Z */
            recordedAt: string;
            /** @example data-provider */
            role: string;
        };
        TrackingRoundDto: {
            /** @description The tracked indicators assigned to the unit, in scheme order */
            indicators: components["schemas"]["TrackedIndicatorDto"][];
            /**
             * @description A tracking round: a period of the scheme taken, not scored
             * @example tracking-1
             */
            period: string;
        };
        UnitAsOfDto: {
            categoryId: string;
            cycleId: string;
            explanation: components["schemas"]["ExplainedNodeDto"];
            flags: components["schemas"]["UnitFlagDto"][];
            moment: components["schemas"]["MomentDto"];
            schemeVersion: number;
            /** @description Facts recorded by then that no longer counted then, and why */
            stopped: components["schemas"]["StoppedFactDto"][];
            unit: components["schemas"]["UnitLineDto"];
        };
        UnitBeforeAfterDto: {
            after: components["schemas"]["UnitLineDto"] | null;
            before: components["schemas"]["UnitLineDto"] | null;
            unitId: string;
        };
        UnitDetailDto: {
            assignments: components["schemas"]["AssignmentDto"][];
            /** @description Units directly under it (sections, persons) */
            children: components["schemas"]["UnitDto"][];
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            unit: components["schemas"]["UnitDto"];
        };
        UnitDto: {
            /**
             * @description None for a county at the root of the tree, which is not scored
             * @example townships
             */
            categoryId: string | null;
            /** @enum {string} */
            level: "county" | "department" | "township" | "section" | "person" | "project";
            /** @example 新城铺镇 */
            name: string;
            /** @example county */
            parentUnitId: string | null;
            /**
             * @description Its evaluation plan
             * @enum {string}
             */
            planStatus: "none" | "submitted" | "approved" | "returned";
            /** @enum {string} */
            status: "registered" | "retired";
            /** @example xinchengpu */
            unitId: string;
        };
        UnitFlagDto: {
            /** @example missing-data */
            code: string;
            /** @description Items concerned: indicators as "indicator@period"; for rectification-carried, the open order ids */
            items?: string[];
            message?: components["schemas"]["LabelDto"];
            /**
             * @description The veto, grade or results-use flag concerned; for rectification-carried, the cycle before
             * @example two-years-below-standard
             */
            ref?: string;
        };
        UnitIndicatorItemDto: {
            /**
             * @description 'lower': full at or under the target (accidents, complaints); default 'higher'
             * @enum {string}
             */
            direction?: "higher" | "lower";
            /**
             * @description The level-3 indicator’s id, unique in the list
             * @example tax
             */
            id: string;
            /** @example 税收收入 */
            label: string;
            /**
             * @description Target, a decimal as a string
             * @example 2000
             */
            target: string;
            /**
             * @description Weight among the unit’s items under the indicator (relative), a decimal as a string
             * @example 70
             */
            weight: string;
        };
        UnitLineDto: {
            /** @example 1.00 */
            bonus: string;
            /** @example 1.50 */
            deduction: string;
            flags: string[];
            /** @example advanced */
            grade: string;
            /** @example 先进 */
            gradeLabel: string;
            name?: string;
            /**
             * @example {
             *       "work": "45.20"
             *     }
             */
            parts: {
                [key: string]: string;
            };
            rank: number;
            /** @example 93.65 */
            total: string;
            /** @example 93.6512 */
            totalExact: string;
            unitId: string;
        };
        UnitListDto: {
            items: components["schemas"]["UnitDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description The log position the read model reflects (null: nothing yet)
             * @example 1042
             */
            position: string | null;
            /**
             * @description How many match the filters
             * @example 1000
             */
            total: number;
        };
        UnitStandingDto: {
            /**
             * @description The category it is scored in (its own)
             * @example townships
             */
            categoryId: string;
            /** @description Provisional grade */
            grade: components["schemas"]["GradeRefDto"] | null;
            /**
             * @description Rank within the category
             * @example 1
             */
            rank: number;
            /**
             * @description Live total, rounded to 2 decimals (string)
             * @example 93.65
             */
            total: string;
        };
        UnitTrackingDto: {
            /** @example projects */
            categoryId: string;
            /** @example 农村公路养护项目 */
            name: string;
            /** @description The scheme's tracking rounds, in its order */
            rounds: components["schemas"]["TrackingRoundDto"][];
            /** @example road-repair */
            unitId: string;
        };
        UnitTreeDto: {
            /**
             * @description The log position the read model reflects
             * @example 1042
             */
            position: string | null;
            /** @description Units whose parent is not a unit of the cycle (or that you may not see) are roots */
            roots: components["schemas"]["UnitTreeNodeDto"][];
            /**
             * @description The log position the scores on the nodes reflect
             * @example 1040
             */
            scoresPosition: string | null;
        };
        UnitTreeNodeDto: {
            /**
             * @description None for a county at the root of the tree, which is not scored
             * @example townships
             */
            categoryId: string | null;
            children: components["schemas"]["UnitTreeNodeDto"][];
            /** @enum {string} */
            level: "county" | "department" | "township" | "section" | "person" | "project";
            /** @example 新城铺镇 */
            name: string;
            /** @example county */
            parentUnitId: string | null;
            /**
             * @description Its evaluation plan
             * @enum {string}
             */
            planStatus: "none" | "submitted" | "approved" | "returned";
            /** @description Its live score and grade; null where it has none (not scored yet, or a leader before its category is published) */
            score: components["schemas"]["UnitStandingDto"] | null;
            /** @enum {string} */
            status: "registered" | "retired";
            /** @example xinchengpu */
            unitId: string;
        };
        UserDto: {
            grants: components["schemas"]["GrantDto"][];
            /** @example 李明 */
            name: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "disabled";
            /** @example li.ming */
            userId: string;
        };
        VerifyReportDto: {
            brokenLinks: number;
            eventsChecked: number;
            /** @description The first broken link in global order */
            firstBroken?: components["schemas"]["BrokenLinkDto"];
            /** @example 1042 */
            headPosition: string;
            /** @description Every hash chain intact */
            ok: boolean;
            scope: components["schemas"]["VerifyScopeDto"];
            streamsChecked: number;
        };
        VerifyScopeDto: {
            cycleId?: string;
            /** @enum {string} */
            kind: "log" | "cycle";
            streamPrefixes?: string[];
        };
        VetoDto: {
            id: string;
            label: components["schemas"]["LabelDto"];
        };
        WebhookDeliveryDto: {
            /** @example provider:finance-bureau */
            address: string;
            /**
             * @description Tries made, over every round
             * @example 8
             */
            attempts: number;
            /** @description The JSON body POSTed on every try */
            body: string;
            createdAt: string;
            deliveredAt?: string;
            /** @description When the last try of its round failed */
            failedAt?: string;
            /**
             * @description Stable: the robot message carries it (通知编号) and the x-kaoping-delivery-id header
             * @example ev-1:provider:finance-bureau>webhook
             */
            id: string;
            /**
             * @description Why the last try failed
             * @example HTTP 502
             */
            lastError?: string;
            notificationId: string;
            retriedAt?: string;
            /** @description Who retried it last (user id) */
            retriedBy?: string;
            /**
             * @description How many times the office or an admin retried it
             * @example 0
             */
            retries: number;
            /**
             * @description failed: every try of its last round failed; retry it to try again
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            url: string;
        };
        WhatIfCategoryDto: {
            /** @example townships */
            categoryId: string;
            /** @description Units whose total, grade or rank would change */
            changed: string[];
            label: components["schemas"]["LabelDto"];
            /** @description The draft's ranking group the ranks and grades are counted over (absent: the category ranks alone) */
            ranking?: components["schemas"]["RankingGroupDto"];
            /** @description Every unit, in the draft's rank order */
            units: components["schemas"]["WhatIfUnitDto"][];
        };
        WhatIfGradeDto: {
            /** @example advanced */
            id: string;
            label: components["schemas"]["LabelDto"];
        };
        WhatIfPartDto: {
            /**
             * @description Exact value under the draft (absent: the draft drops the part)
             * @example 68.8
             */
            after?: string;
            /**
             * @description Exact value under the scheme in force (absent: the draft adds the part)
             * @example 88.46
             */
            before?: string;
            /**
             * @description after − before, exact (20 decimals and "…" where it has no finite form)
             * @example -19.66
             */
            change: string;
            /**
             * @description The change rounded half up to 2 decimals
             * @example -19.66
             */
            changeShown: string;
            /** @example indicators */
            id: string;
            label: components["schemas"]["LabelDto"];
        };
        WhatIfRequestDto: {
            /**
             * @description Only this category (default: every category both schemes have)
             * @example townships
             */
            categoryId?: string;
            /**
             * @description The scheme document (the format of libs/scoring), as JSON
             * @example {
             *       "id": "zhengding-2026",
             *       "name": {
             *         "zh-CN": "正定县乡镇绩效考评办法",
             *         "en": "Zhengding township scheme"
             *       },
             *       "version": 1,
             *       "cycle": 2026,
             *       "categories": [
             *         "…"
             *       ]
             *     }
             */
            scheme?: Record<string, never>;
            /**
             * @description The scheme document as YAML text (instead of scheme)
             * @example id: zhengding-2026
             *     version: 1
             *     …
             */
            schemeYaml?: string;
        };
        WhatIfSchemeRefDto: {
            /** @example s3-zhengding */
            schemeId: string;
            /** @example 2 */
            version: number;
        };
        WhatIfStandingDto: {
            grade: components["schemas"]["WhatIfGradeDto"];
            /** @example 1 */
            rank: number;
            /**
             * @description Rounded half up to 2 decimals (string)
             * @example 93.65
             */
            total: string;
        };
        WhatIfUnitDto: {
            /** @description Under the draft */
            draft: components["schemas"]["WhatIfStandingDto"];
            gradeChanged: boolean;
            /** @description Under the scheme in force */
            inForce: components["schemas"]["WhatIfStandingDto"];
            /** @example 新城铺镇 */
            name?: string;
            /** @description The parts whose value moved */
            partsMoved: components["schemas"]["WhatIfPartDto"][];
            /**
             * @description Places gained (positive) or lost (negative)
             * @example -1
             */
            rankChange: number;
            /**
             * @description Draft total − total in force (2 decimals)
             * @example -1.20
             */
            totalChange: string;
            /** @example xinchengpu */
            unitId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_diff: {
        parameters: {
            query?: {
                /** @description The earlier moment: 'now' (default), 'published' (the category's last ResultsPublished), a global position (digits) or an ISO 8601 time with its offset */
                from?: string;
                /** @description The later moment: 'now' (default), 'published' (the category's last ResultsPublished), a global position (digits) or an ISO 8601 time with its offset */
                to?: string;
                /** @description Only this unit's facts and numbers (a unit reporter: always its own) */
                unitId?: string;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both moments, the facts in between, and old → new per number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreDiffDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuditController_publication: {
        parameters: {
            query?: {
                /** @description 结果计算事件 (the ResultsComputed event id) */
                computedEventId?: string;
                /** @description 结果计算事件的哈希 */
                computedHash?: string;
                /** @description 结果公示事件 (the ResultsPublished event id the notice prints) */
                publishedEventId?: string;
                /** @description 结果公示事件的哈希 (also the PDF's Subject: "seal <hash>") */
                publishedHash?: string;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each check passed, failed or not yet possible, and the lines that differ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationVerificationDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuditController_category: {
        parameters: {
            query?: {
                /** @description 'now' (default), 'published' (the category's last ResultsPublished), a global position (digits) or an ISO 8601 time with its offset */
                at?: string;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category table at the moment, with the position and time it stands for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryAsOfDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuditController_unit: {
        parameters: {
            query?: {
                /** @description 'now' (default), 'published' (the category's last ResultsPublished), a global position (digits) or an ISO 8601 time with its offset */
                at?: string;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit's numbers, flags, linked explanation and the facts that had stopped counting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitAsOfDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: {
                /** @description Only this cycle's streams (default: the whole log) */
                cycleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ok, streams and events checked, broken links, the first one in global order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyReportDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessGrantDto"];
                };
            };
            /** @description Malformed input, or several roles held and none chosen (role-choice-required, details list them) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Unknown user, wrong password or disabled account (one answer for all three) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The user does not hold the chosen role (role-not-granted) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The body is not JSON (a form-encoded sign-in is refused) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Too many wrong passwords for this account (5) or from this address (20): locked for 30 s, doubling with each further failure up to 15 min; Retry-After says how long */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingUserDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; every token issued before (this one too) stops working: sign in again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current password is wrong, or the new one breaks the policy */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listCycles: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Items to skip */
                offset?: number;
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCycleDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_getCycle: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleReadDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listAppeals: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Items to skip */
                offset?: number;
                status?: "filed" | "decided";
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AppealsController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileAppealDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_getAppeal: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                appealId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealReadDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AppealsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                appealId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listAssignments: {
        parameters: {
            query?: {
                indicatorId?: string;
                /** @description Items per page */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Items to skip */
                offset?: number;
                providerId?: string;
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueriesController_indicatorAuditTrail: {
        parameters: {
            query?: {
                /** @description Entries after this position (paging) */
                after?: string;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueriesController_myAuditTrail: {
        parameters: {
            query?: {
                /** @description Entries after this position (paging) */
                after?: string;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueriesController_unitAuditTrail: {
        parameters: {
            query?: {
                /** @description Entries after this position (paging) */
                after?: string;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_assignments: {
        parameters: {
            query?: {
                /** @description true: check every row and show what would be recorded, record nothing */
                dryRun?: string;
                /** @description For a CSV file: the kind of sheet it holds (else guessed from its header) */
                kind?: "units" | "assignments" | "values" | "surveys" | "ratings" | "findings";
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchAssignmentsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "recorded",
                     *       "fileName": "values-finance-bureau.xlsx",
                     *       "fileHash": "3f2a…",
                     *       "sheets": [
                     *         {
                     *           "sheet": "assignments",
                     *           "kind": "assignments",
                     *           "rows": 4800
                     *         }
                     *       ],
                     *       "rowCount": 9600,
                     *       "problems": [],
                     *       "planned": [
                     *         {
                     *           "sheet": "数据报送",
                     *           "row": 3,
                     *           "commandId": "import:3f2a…:数据报送:3",
                     *           "type": "SubmitData",
                     *           "streamId": "unit-2026-xinchengpu",
                     *           "events": [
                     *             "DataSubmitted"
                     *           ]
                     *         }
                     *       ],
                     *       "recorded": 9600,
                     *       "alreadyRecorded": 0,
                     *       "unchanged": 0,
                     *       "position": "120431",
                     *       "importEventId": "b0c1…"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
        };
    };
    ImportsController_units: {
        parameters: {
            query?: {
                /** @description true: check every row and show what would be recorded, record nothing */
                dryRun?: string;
                /** @description For a CSV file: the kind of sheet it holds (else guessed from its header) */
                kind?: "units" | "assignments" | "values" | "surveys" | "ratings" | "findings";
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchUnitsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "recorded",
                     *       "fileName": "values-finance-bureau.xlsx",
                     *       "fileHash": "3f2a…",
                     *       "sheets": [
                     *         {
                     *           "sheet": "units",
                     *           "kind": "units",
                     *           "rows": 48
                     *         }
                     *       ],
                     *       "rowCount": 9600,
                     *       "problems": [],
                     *       "planned": [
                     *         {
                     *           "sheet": "数据报送",
                     *           "row": 3,
                     *           "commandId": "import:3f2a…:数据报送:3",
                     *           "type": "SubmitData",
                     *           "streamId": "unit-2026-xinchengpu",
                     *           "events": [
                     *             "DataSubmitted"
                     *           ]
                     *         }
                     *       ],
                     *       "recorded": 9600,
                     *       "alreadyRecorded": 0,
                     *       "unchanged": 0,
                     *       "position": "120431",
                     *       "importEventId": "b0c1…"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
        };
    };
    ImportsController_values: {
        parameters: {
            query?: {
                /** @description true: check every row and show what would be recorded, record nothing */
                dryRun?: string;
                /** @description For a CSV file: the kind of sheet it holds (else guessed from its header) */
                kind?: "units" | "assignments" | "values" | "surveys" | "ratings" | "findings";
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchValuesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "recorded",
                     *       "fileName": "values-finance-bureau.xlsx",
                     *       "fileHash": "3f2a…",
                     *       "sheets": [
                     *         {
                     *           "sheet": "values",
                     *           "kind": "values",
                     *           "rows": 9600
                     *         }
                     *       ],
                     *       "rowCount": 9600,
                     *       "problems": [],
                     *       "planned": [
                     *         {
                     *           "sheet": "数据报送",
                     *           "row": 3,
                     *           "commandId": "import:3f2a…:数据报送:3",
                     *           "type": "SubmitData",
                     *           "streamId": "unit-2026-xinchengpu",
                     *           "events": [
                     *             "DataSubmitted"
                     *           ]
                     *         }
                     *       ],
                     *       "recorded": 9600,
                     *       "alreadyRecorded": 0,
                     *       "unchanged": 0,
                     *       "position": "120431",
                     *       "importEventId": "b0c1…"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
        };
    };
    ProposalsController_claimBonus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimBonusDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_amendCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendCalendarDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listCategories: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalsController_registerComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterComplaintDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalsController_recordComplaintFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordComplaintFindingDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_chase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                deadlineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChaseUnitsDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ExportsController_indicatorAuditTrail: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_unitAuditTrail: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_explanation: {
        parameters: {
            query?: {
                /** @description 'now' (default), 'published', a global position or an ISO 8601 time */
                at?: string;
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_diff: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_publication: {
        parameters: {
            query?: {
                /** @description How to appeal, as printed (default: through the system within the notice period) */
                appealRoute?: string;
                /** @description The issuing office printed on the notice */
                issuer?: string;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/pdf), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ExportsController_ranking: {
        parameters: {
            query?: {
                /** @description 'now' (default), 'published', a global position or an ISO 8601 time */
                at?: string;
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_reviewQueue: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                status?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_snapshot: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ExportsController_submissionStatus: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    ImportsController_importFile: {
        parameters: {
            query?: {
                /** @description true: check every row and show what would be recorded, record nothing */
                dryRun?: string;
                /** @description For a CSV file: the kind of sheet it holds (else guessed from its header) */
                kind?: "units" | "assignments" | "values" | "surveys" | "ratings" | "findings";
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .xlsx workbook (sheets 单位, 指标分配, 数据报送, 满意度调查, 评价打分, 察访核验) or a CSV file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Recorded (or, with dryRun, what would be recorded). A file with any bad row: 400 import-refused listing every problem, nothing recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "recorded",
                     *       "fileName": "values-finance-bureau.xlsx",
                     *       "fileHash": "3f2a…",
                     *       "sheets": [
                     *         {
                     *           "sheet": "数据报送",
                     *           "kind": "values",
                     *           "rows": 9600
                     *         }
                     *       ],
                     *       "rowCount": 9600,
                     *       "problems": [],
                     *       "planned": [
                     *         {
                     *           "sheet": "数据报送",
                     *           "row": 3,
                     *           "commandId": "import:3f2a…:数据报送:3",
                     *           "type": "SubmitData",
                     *           "streamId": "unit-2026-xinchengpu",
                     *           "events": [
                     *             "DataSubmitted"
                     *           ]
                     *         }
                     *       ],
                     *       "recorded": 9600,
                     *       "alreadyRecorded": 0,
                     *       "unchanged": 0,
                     *       "position": "120431",
                     *       "importEventId": "b0c1…"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
        };
    };
    ProposalsController_recordInspectionFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInspectionFindingDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueriesController_liveScores: {
        parameters: {
            query?: {
                /** @description Lines per page, in rank order (without it: every line) */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Lines to skip */
                offset?: number;
            };
            header?: never;
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveScoresDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadsController_phaseBoard: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Only this phase's deadlines */
                phase?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseBoardDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PhasesController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                phase: "planning" | "monitoring" | "mid-year" | "year-end" | "review" | "publication" | "results" | "rectification";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosePhaseDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PhasesController_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                phase: "planning" | "monitoring" | "mid-year" | "year-end" | "review" | "publication" | "results" | "rectification";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MovePhaseDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    PhasesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                phase: "planning" | "monitoring" | "mid-year" | "year-end" | "review" | "publication" | "results" | "rectification";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPhaseDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listProposals: {
        parameters: {
            query?: {
                kind?: "deduction" | "bonus" | "veto";
                /** @description Items per page */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Items to skip */
                offset?: number;
                /** @description Who recorded it (an inspector or complaint handler: always themselves) */
                recordedBy?: string;
                /** @description default: every status */
                status?: "pending" | "under-investigation" | "approved" | "rejected" | "revoked" | "not-upheld";
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_getProposal: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalReadDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_approveBonus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveBonusDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_rejectBonus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectProposalDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_revokeBonus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeApprovalDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_approveDeduction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveDeductionDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_rejectDeduction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectProposalDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_revokeDeduction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeApprovalDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_confirmVeto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmVetoDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_rejectVeto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectProposalDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalReviewController_revokeVeto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeApprovalDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listRaters: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                raterId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RaterListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_assignRater: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRaterDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listRectifications: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Items to skip */
                offset?: number;
                overdue?: "true" | "false";
                status?: "ordered" | "planned" | "reported" | "accepted";
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RectificationController_order: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRectificationDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RectificationController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptRectificationDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RectificationController_reportCompleted: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRectificationCompletedDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RectificationController_submitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRectificationPlanDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listResults: {
        parameters: {
            query?: {
                categoryId?: string;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ResultsController_compute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComputeResultsDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ResultsController_finalise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinaliseResultsDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ResultsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishResultsDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ResultsController_takeSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                categoryId: string;
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeSnapshotDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueriesController_reviewQueue: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description default: pending (awaiting review) */
                status?: "pending" | "under-investigation" | "approved" | "rejected" | "revoked" | "not-upheld";
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueueDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadsController_getScheme: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description A version (default: the one in force now, the latest) */
                version?: number;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeReadDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_publishScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishSchemeDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    CyclesController_amendScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendSchemeDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listSchemeVersions: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listSnapshots: {
        parameters: {
            query?: {
                categoryId?: string;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                phase?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueriesController_submissionStatus: {
        parameters: {
            query?: {
                deadlineId?: string;
                /** @description Only deadlines of this kind (the survey office's: survey, whatever it asks) */
                kind?: "data" | "rating" | "survey" | "self-assessment" | "plan" | "rectification-plan";
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                phase?: string;
                status?: "submitted" | "pending" | "overdue" | "missing";
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionStatusDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query?: {
                /** @description .xlsx (every cell text: exact decimals) or CSV (UTF-8 with BOM) */
                format?: "xlsx" | "csv";
                /** @description A data provider's template holds only its own indicators (a data provider always gets its own) */
                providerId?: string;
                /** @description A rater’s ratings template holds only the units it rates (a leader or committee member always gets its own) */
                raterId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                kind: "units" | "assignments" | "values" | "surveys" | "ratings" | "findings";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
        };
    };
    TrackingController_read: {
        parameters: {
            query?: {
                /** @description Only this unit (default: every unit whose category tracks indicators) */
                unitId?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleTrackingDto"];
                };
            };
            /** @description A malformed unit id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such cycle, no scheme published, or no such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_listUnits: {
        parameters: {
            query?: {
                categoryId?: string;
                level?: "county" | "department" | "township" | "section" | "person" | "project";
                /** @description Items per page */
                limit?: number;
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
                /** @description Items to skip */
                offset?: number;
                /** @description Only the units directly under this unit */
                parentUnitId?: string;
                /** @description Part of the id or the name (search as you type) */
                search?: string;
                status?: "registered" | "retired";
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitListDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUnitDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_unitTree: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitTreeDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReadsController_getUnit: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetailDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s (read-model-behind): retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    DataSubmissionsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDataDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    DataSubmissionsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                submissionId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectDataDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueriesController_explainedScore: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplainedScoreDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitsController_assignIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignIndicatorDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitsController_changeTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                indicatorId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeTargetDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitsController_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveUnitDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    QueriesController_personGrades: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the read model has handled this position — the `position` your write returned — else 503. */
                minPosition?: string;
            };
            header?: never;
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonGradesDto"];
                };
            };
            /** @description `minPosition` not reached within 5 s: retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EvaluationPlansController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEvaluationPlanDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EvaluationPlansController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveEvaluationPlanDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EvaluationPlansController_return: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnEvaluationPlanDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RatingsController_rate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateUnitDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitsController_retire: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireUnitDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SelfAssessmentsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSelfAssessmentDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RatingsController_signOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffPeriodDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SurveysController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSurveyResultDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UnitsController_assignUnitIndicators: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignUnitIndicatorsDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ProposalsController_recordVetoIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVetoIncidentDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    SchemeWhatIfController_compare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfRequestDto"];
            };
        };
        responses: {
            /** @description Per category and unit: before (in force) and after (draft) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeWhatIfDto"];
                };
            };
            /** @description The draft is no valid scheme: every problem at its path (as when publishing) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such cycle, no scheme published, or a category one of the schemes lacks */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EvidenceController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/gif": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not one of the accepted types, or the bytes are not what the Content-Type says */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EvidenceController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 64 hex digits (the reference without `sha256:`) */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its Content-Type and an ETag of its sha256 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/gif": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                    "image/webp": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/gif": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                    "image/webp": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorBodyDto"];
                    "image/gif": components["schemas"]["ErrorBodyDto"];
                    "image/jpeg": components["schemas"]["ErrorBodyDto"];
                    "image/png": components["schemas"]["ErrorBodyDto"];
                    "image/webp": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description `ok`, or `degraded` with the problems listed in `degraded` (a read model stopped or lagging, no worker attached)
             *
             *     The Health Check is successful
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /**
             * @description A dependency does not answer; `error` says which
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationsController_listDeliveries: {
        parameters: {
            query?: {
                /** @description 'failed': out of tries, waiting for someone to retry; default: every status */
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
        };
    };
    NotificationsController_retryDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description delivery-not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description delivery-not-failed: it is delivered, or still being tried */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationsController_listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationWebhookDto"][];
                };
            };
        };
    };
    NotificationsController_setWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetNotificationWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationWebhookDto"];
                };
            };
        };
    };
    NotificationsController_removeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                address: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description webhook-not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description 'unread': only those you have not marked read; 'all' (default) */
                filter?: "all" | "unread";
            };
            header?: {
                /** @description zh-CN (default) or en: the language of each message */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 100 notifications addressed to the user, their role, unit or provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"][];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description notification-not-found: no such notification addressed to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    OpsController_openDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Set-Cookie for /admin/queues */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OpsController_closeDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OpsController_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    OpsController_queues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuesDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_provision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisionUserDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableUserDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeGrantDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any string ≤ 128 characters (a UUID is best). Repeating it repeats the first answer and records nothing; with another request: 409 idempotency-key-reused. */
                "Idempotency-Key"?: string;
                /** @description The stream revision the request is based on ("3"; -1 for none yet): 409 concurrency-conflict if the stream moved. */
                "If-Match"?: string;
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeGrantDto"];
            };
        };
        responses: {
            /** @description Recorded (or, for a repeated Idempotency-Key, recorded before: header Idempotent-Replayed: true) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid input: every broken rule with its field path; nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No token, or a bad, expired or revoked one; nothing recorded */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role (or its unit/provider scope) may not do this; nothing recorded */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description What the command names does not exist; nothing recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A rule refuses it now (rule-violated codes), it conflicts with what exists, the stream moved (concurrency-conflict: expected vs actual revision and the events since) or the Idempotency-Key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    UsersController_raterCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RaterCandidateDto"][];
                };
            };
            /** @description No token, or a bad, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}
