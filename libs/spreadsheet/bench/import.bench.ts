// bench:import — a 9,600-row values file (48 units x 100 indicators x 2 periods: one provider's
// template, every indicator assigned to it, filled in) imported on the embedded store (PGlite, in memory) and
// on PostgreSQL (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres, a fresh
// schema dropped after); then the export of a 1,000-unit ranking (.xlsx and CSV) on embedded.
// Units and assignments are set up through the batch import (timed separately, not in the figure).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createEventStore, type EventStore } from '@kaoping/eventstore';
import { scoreAt } from '@kaoping/audit';
import {
  COUNTY_ACTORS,
  CountyDriver,
  countyCategoryOf,
  countyIndicatorId,
  countyTarget,
  countyUnitId,
  countyValue,
  importFile,
  importItems,
  loadImportBase,
  rankingTable,
  tableToCsv,
  tablesToXlsx,
  templatePlan,
  templateWorkbook,
  type CountyShape,
} from '@kaoping/spreadsheet';

const url = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const UNITS = Number(process.env['IMPORT_UNITS'] ?? 48);
const INDICATORS = Number(process.env['IMPORT_INDICATORS'] ?? 100);
const RANKING_UNITS = Number(process.env['RANKING_UNITS'] ?? 1000);

/** The one provider of every indicator here (the assignments name it). */
const PROVIDER = 'stats-bureau';
const provider = COUNTY_ACTORS.provider(PROVIDER);

const line = (name: string, value: number | string, unit: string): void => {
  process.stdout.write(`${name}: ${typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 0) : value} ${unit}\n`);
};

const seconds = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e9;

/** Cycle, units and assignments with targets (through the batch import), monitoring open. */
const setUp = async (store: EventStore, shape: CountyShape): Promise<CountyDriver> => {
  const driver = new CountyDriver(store, shape);
  await driver.setUp();
  const office = { store, cycleId: shape.cycleId, actor: COUNTY_ACTORS.office, now: driver.now() };
  const units = Array.from({ length: shape.units }, (_, at) => ({ unitId: countyUnitId(at), name: `第${at + 1}单位`, level: 'township', categoryId: countyCategoryOf(at) }));
  const registered = await importItems(office, { kind: 'units', items: units });
  if (registered.status !== 'recorded') throw new Error(`units refused: ${JSON.stringify(registered.problems.slice(0, 3))}`);
  const assignments = units.flatMap((_, unitAt) =>
    Array.from({ length: shape.indicators }, (_i, indicatorAt) => ({
      unitId: countyUnitId(unitAt),
      indicatorId: countyIndicatorId(indicatorAt),
      providerId: PROVIDER,
      targets: { 'mid-year': countyTarget(unitAt, indicatorAt, 'mid-year'), 'year-end': countyTarget(unitAt, indicatorAt, 'year-end') },
    })),
  );
  const assigned = await importItems(office, { kind: 'assignments', items: assignments });
  if (assigned.status !== 'recorded') throw new Error(`assignments refused: ${JSON.stringify(assigned.problems.slice(0, 3))}`);
  await driver.phase('planning', 'close');
  await driver.phase('monitoring', 'open');
  return driver;
};

/** The office's values workbook: the values template of every unit and indicator, filled in. */
const valuesFile = async (store: EventStore, shape: CountyShape): Promise<Buffer> => {
  const plan = templatePlan(await loadImportBase({ store, cycleId: shape.cycleId, proposalStreams: [] }), 'values', { providerId: PROVIDER });
  const index = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1)) - 1;
  const rows = plan.rows.map((row) => ({ ...row, value: countyValue(index(row['unitId'] ?? ''), index(row['indicatorId'] ?? ''), row['period'] ?? '') }));
  return templateWorkbook({ ...plan, rows });
};

const benchImport = async (label: string, store: EventStore): Promise<void> => {
  const shape = { cycleId: `bench${randomBytes(3).toString('hex')}`, units: UNITS, indicators: INDICATORS };
  const setupStarted = process.hrtime.bigint();
  const driver = await setUp(store, shape);
  line(`${label}.setup_units_and_assignments`, seconds(setupStarted), 's');
  const bytes = await valuesFile(store, shape);
  const started = process.hrtime.bigint();
  const report = await importFile({ store, cycleId: shape.cycleId, actor: provider, now: driver.now() }, { file: { name: 'values.xlsx', bytes } });
  const total = seconds(started);
  if (report.status !== 'recorded' || report.recorded !== report.rowCount) throw new Error(`the import did not record every row: ${report.status}, ${report.recorded}/${report.rowCount}, ${JSON.stringify(report.problems.slice(0, 3))}`);
  line(`${label}.values_rows`, report.rowCount, 'rows');
  line(`${label}.values_import_total`, total, 's');
  line(`${label}.values_import_rate`, report.rowCount / total, 'rows/s');
  const again = process.hrtime.bigint();
  const second = await importFile({ store, cycleId: shape.cycleId, actor: provider, now: driver.now() }, { file: { name: 'values.xlsx', bytes } });
  if (second.recorded !== 0) throw new Error('the second import recorded something');
  line(`${label}.values_reimport_total`, seconds(again), 's');
};

const benchExport = async (store: EventStore): Promise<void> => {
  const shape = { cycleId: `rank${randomBytes(3).toString('hex')}`, units: RANKING_UNITS * 2, indicators: 3 };
  const driver = await setUp(store, shape);
  const values = Array.from({ length: shape.units }, (_, unitAt) =>
    Array.from({ length: shape.indicators }, (_i, indicatorAt) => ['mid-year', 'year-end'].map((period) => ({ unitId: countyUnitId(unitAt), indicatorId: countyIndicatorId(indicatorAt), period, value: countyValue(unitAt, indicatorAt, period) }))).flat(),
  ).flat();
  const recorded = await importItems({ store, cycleId: shape.cycleId, actor: provider, now: driver.now() }, { kind: 'values', items: values });
  if (recorded.status !== 'recorded') throw new Error('ranking values refused');
  const started = process.hrtime.bigint();
  const { moment, result } = await scoreAt({ store, now: () => new Date(Date.UTC(2100, 0, 1)) }, { cycleId: shape.cycleId, categoryId: 'townships', moment: { kind: 'now' } });
  const scored = seconds(started);
  const table = rankingTable(result, { cycleId: shape.cycleId, moment: moment.at, position: moment.position });
  const xlsxStarted = process.hrtime.bigint();
  const xlsx = await tablesToXlsx([table]);
  const xlsxTime = seconds(xlsxStarted);
  const csvStarted = process.hrtime.bigint();
  const csv = tableToCsv(table);
  const csvTime = seconds(csvStarted);
  line('export.ranking_units', table.rows.length, 'units');
  line('export.ranking_score_from_log', scored * 1000, 'ms');
  line('export.ranking_xlsx_write', xlsxTime * 1000, 'ms');
  line('export.ranking_csv_write', csvTime * 1000, 'ms');
  line('export.ranking_xlsx_total', (scored + xlsxTime) * 1000, 'ms');
  line('export.ranking_xlsx_bytes', xlsx.length, 'bytes');
  line('export.ranking_csv_bytes', Buffer.byteLength(csv), 'bytes');
};

const main = async (): Promise<void> => {
  line('shape', `${UNITS} units x ${INDICATORS} indicators x 2 periods = ${UNITS * INDICATORS * 2} value rows; ranking of ${RANKING_UNITS} units`, '');
  const embedded = await createEventStore({ kind: 'embedded' });
  try {
    await benchImport('embedded', embedded);
    await benchExport(embedded);
  } finally {
    await embedded.close();
  }
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    process.stdout.write(`postgres: NOT RUN (no PostgreSQL at ${url})\n`);
    return;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const postgres = await createEventStore({ kind: 'postgres', connectionString: url, schema });
  try {
    await benchImport('postgres', postgres);
  } finally {
    await postgres.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
