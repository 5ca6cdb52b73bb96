/**
 * Every timeout of the test suite, derived from one setting. A timeout here
 * is a bound on how long something may take on a slow, busy machine before
 * the test gives up, never a claim about speed: speed is measured by
 * `npm run bench`. `TEST_SLOWNESS` (default 1) multiplies them all, for a
 * machine slower still.
 */
const slowness = Math.max(1, Number(process.env.TEST_SLOWNESS) || 1);
const UNIT_MS = 10_000 * slowness;

export const timeouts = {
  /** An assertion waiting for the page to show something. */
  expect: 2 * UNIT_MS,
  /** A click, a fill, a check. */
  action: 3 * UNIT_MS,
  /** A page load or a download. */
  navigation: 6 * UNIT_MS,
  /** One end-to-end test: a step of a person's flow, a handful of page loads. */
  e2eTest: 18 * UNIT_MS,
  /** A server (the app, a database) starting up. */
  serverStart: 24 * UNIT_MS,
  /** One unit test; some spawn a process or generate thousands of cases. */
  unitTest: 6 * UNIT_MS,
  /** One integration test against the real database. */
  integrationTest: 12 * UNIT_MS,
  /** One save of the load test waiting for its answer while 200 others queue before it. */
  loadRequest: 12 * UNIT_MS,
  /** The load and crash tests together: a fixed amount of work, however slowly it goes. */
  durability: 180 * UNIT_MS,
} as const;
