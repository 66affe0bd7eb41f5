import { createEventStore, type EventStore } from '@kaoping/eventstore';
import { COUNTY_ACTORS, CountyDriver, countyCategoryOf, countyIndicatorId, countyTarget, countyUnitId, countyValue } from '../testing/county.fixture';
import { importItems } from './import-file';

const SHAPE = { cycleId: 'cut2099', units: 12, indicators: 3 } as const;

/** The store as the import sees it when the connection drops after `appends` appends: the rest throw. */
const droppingAfter = (store: EventStore, appends: number): EventStore => {
  let made = 0;
  return new Proxy(store, {
    get: (target, property, receiver) => {
      if (property !== 'appendToStream') return Reflect.get(target, property, receiver);
      return (...args: Parameters<EventStore['appendToStream']>) => {
        made += 1;
        if (made > appends) return Promise.reject(new Error('connection lost'));
        return target.appendToStream(...args);
      };
    },
  });
};

describe('an upload cut off half-way', () => {
  let store: EventStore;
  let driver: CountyDriver;
  beforeAll(async () => {
    store = await createEventStore({ kind: 'embedded' });
    driver = new CountyDriver(store, SHAPE);
    await driver.setUp();
    const office = { store, cycleId: SHAPE.cycleId, actor: COUNTY_ACTORS.office, now: driver.now() };
    const units = Array.from({ length: SHAPE.units }, (_, at) => ({ unitId: countyUnitId(at), name: `第${at + 1}单位`, level: 'township', categoryId: countyCategoryOf(at) }));
    expect((await importItems(office, { kind: 'units', items: units })).status).toBe('recorded');
    const assignments = units.flatMap((unit, unitAt) =>
      Array.from({ length: SHAPE.indicators }, (_, indicatorAt) => ({ unitId: unit.unitId, indicatorId: countyIndicatorId(indicatorAt), providerId: 'stats-bureau', targets: { 'mid-year': countyTarget(unitAt, indicatorAt, 'mid-year'), 'year-end': countyTarget(unitAt, indicatorAt, 'year-end') } })),
    );
    expect((await importItems(office, { kind: 'assignments', items: assignments })).status).toBe('recorded');
    await driver.phase('planning', 'close');
    await driver.phase('monitoring', 'open');
  }, 120_000);
  afterAll(() => store.close());

  it('is finished by uploading it again: every row recorded once, the upload recorded once', async () => {
    const values = Array.from({ length: SHAPE.units }, (_, unitAt) =>
      Array.from({ length: SHAPE.indicators }, (_i, indicatorAt) => ({ unitId: countyUnitId(unitAt), indicatorId: countyIndicatorId(indicatorAt), period: 'mid-year', value: countyValue(unitAt, indicatorAt, 'mid-year') })),
    ).flat();
    const provider = COUNTY_ACTORS.provider('stats-bureau');
    const cut = importItems({ store: droppingAfter(store, 5), cycleId: SHAPE.cycleId, actor: provider, now: driver.now() }, { kind: 'values', items: values });
    await expect(cut).rejects.toThrow('connection lost');
    const partly = (await store.readAll()).filter((event) => event.type === 'DataSubmitted');
    // Five unit streams made it (three values each), and no upload fact: the import did not finish.
    expect(partly).toHaveLength(5 * SHAPE.indicators);
    expect((await store.readAll()).filter((event) => event.type === 'FileImported' && (event.data as { fileName?: string }).fileName === 'values.json')).toHaveLength(0);

    const again = await importItems({ store, cycleId: SHAPE.cycleId, actor: provider, now: driver.now() }, { kind: 'values', items: values });
    expect(again).toMatchObject({ status: 'recorded', recorded: values.length - partly.length, alreadyRecorded: partly.length, problems: [] });
    const log = await store.readAll();
    const submitted = log.filter((event) => event.type === 'DataSubmitted');
    expect(submitted).toHaveLength(values.length);
    expect(new Set(submitted.map((event) => event.metadata.commandId)).size).toBe(values.length);
    expect(log.filter((event) => event.type === 'FileImported' && (event.data as { fileName?: string }).fileName === 'values.json')).toHaveLength(1);
  }, 120_000);
});
