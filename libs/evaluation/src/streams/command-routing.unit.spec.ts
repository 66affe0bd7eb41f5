import { actors, command, meta } from '../testing/lifecycle.factories';
import { commandRoute } from './command-routing';
import { appealStreamId, cycleStreamId, proposalStreamId, resultsStreamId, unitStreamId } from './stream-ids';

describe('command routing', () => {
  it('names the stream ids by their functions', () =>
    expect([cycleStreamId('c'), unitStreamId('c', 'u'), proposalStreamId('c', 'p'), appealStreamId('c', 'a'), resultsStreamId('c', 'k')]).toEqual([
      'cycle-c',
      'unit-c-u',
      'proposal-c-p',
      'appeal-c-a',
      'results-c-k',
    ]));

  it('decides data on the unit stream with the cycle as context', () =>
    expect(commandRoute(command('SubmitData', { unitId: 'town-a', indicatorId: 'revenue', value: '1' }, meta(actors.provider('finance-bureau'))))).toEqual({
      stream: 'unit-c2026-town-a',
      decider: 'unit',
      context: { cycle: 'cycle-c2026' },
    }));

  it('loads the unit for a new proposal, and the proposal for an appeal against it', () => {
    expect(
      commandRoute(command('ClaimBonus', { proposalId: 'b1', unitId: 'town-a', ruleId: 'provincial-award', what: 'x', document: 'd' }, meta(actors.reporter('town-a')))).context,
    ).toEqual({ cycle: 'cycle-c2026', unit: 'unit-c2026-town-a' });
    expect(
      commandRoute(command('FileAppeal', { appealId: 'a1', unitId: 'town-a', against: { kind: 'proposal', proposalId: 'p1' }, grounds: 'g' }, meta(actors.reporter('town-a')))),
    ).toEqual({ stream: 'appeal-c2026-a1', decider: 'appeal', context: { cycle: 'cycle-c2026', proposal: 'proposal-c2026-p1' } });
  });
});
