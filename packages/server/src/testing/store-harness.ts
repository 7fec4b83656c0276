// The store's test harness (every suite on PGlite, and on PostgreSQL when RAKSA_TEST_DATABASE_URL is
// set). @raksa/store exports only its index, so the harness is reached by path until the store
// package exports `./testing`.
export { describeEachDatabase, openTestStore } from '@raksa/store/testing';
