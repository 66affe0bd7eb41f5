// Applied to every tier (setupFilesAfterEnv of each project): jest ignores `testTimeout` inside
// `projects`, so without this every hook and test would time out at jest's default 5 s, which a
// loaded 2-core machine exceeds while booting an app on PGlite. Speed is measured by benchmarks.
jest.setTimeout(Number(process.env.KAOPING_TEST_TIMEOUT_MS ?? 180_000));
