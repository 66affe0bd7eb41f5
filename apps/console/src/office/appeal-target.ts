/** What an appeal is against (typed loosely in the OpenAPI document): its kind and the proposal, fact or category named. */
export type AppealTarget = Readonly<{ kind?: string; proposalId?: string; factId?: string; categoryId?: string }>;

export const appealTarget = (against: unknown): AppealTarget => {
  if (typeof against !== 'object' || against === null) return {};
  const a = against as Readonly<Record<string, unknown>>;
  const text = (key: string) => (typeof a[key] === 'string' ? { [key]: a[key] } : {});
  return { ...text('kind'), ...text('proposalId'), ...text('factId'), ...text('categoryId') };
};

/** An upheld appeal's revocations (typed loosely in the OpenAPI document). */
export const revocationsOf = (revokes: readonly object[]): { proposalId: string; kind: 'deduction' | 'bonus' | 'veto' }[] =>
  revokes.flatMap((r) => {
    const entry = r as Readonly<Record<string, unknown>>;
    const kind = entry['kind'];
    const proposalId = entry['proposalId'];
    return typeof proposalId === 'string' && (kind === 'deduction' || kind === 'bonus' || kind === 'veto') ? [{ proposalId, kind }] : [];
  });
