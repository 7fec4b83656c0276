export {
  describeEachDatabase,
  openTestStore,
  sharedPgliteInstance,
  testDatabaseKinds,
  testPostgresUrl,
  uniqueSchemaName,
  TEST_DATA_KEY,
  type TestDatabaseKind,
  type TestStoreOptions,
} from './test-database.ts';
export { FAKE_PASSWORD_HASH, HOSTILE_STRINGS, SYSTEM, createOrganisationWithCaseWorker } from './fixtures.ts';
