#!/usr/bin/env node
// Live contract check: starts the real theke-server, calls every implemented endpoint (success and error
// paths) and validates status, content type, documented headers and body against docs/api/openapi.yaml.
//
// Strict on purpose: every object schema of the document is checked with unknown members rejected
// (`unevaluatedProperties: false` added where a schema says nothing), so a member the server sends but
// the contract does not document is drift too. The document itself tells clients to ignore unknown
// members; this check makes sure the reference server sends none.
//
// It also validates every example in the document (schema examples and media-type examples, requests
// and responses) in the same strict mode.
//
// Usage: node check_responses.mjs --server <theke-server> [--spec docs/api/openapi.yaml] [--verbose]
// Prints one line per check and "N passed, M failed[, K skipped]" at the end; exits 1 on any failure.
//
// The checks live in one module per API area (check_*.mjs); the tools they share in contract_*.mjs.

import path from 'node:path';
import { loadSpec, sourceDir } from './contract_spec.mjs';
import { anyFailed, fail, record, skip, summary } from './contract_results.mjs';
import { check, request, setVerbose } from './contract_http.mjs';
import { startServer, stopServer, useServer } from './contract_server.mjs';
import { checkExamples } from './check_examples.mjs';
import { checkEnrollment, checkRoutingErrors } from './check_system.mjs';
import { checkEveryFeed, checkFeedParameters, readFeed } from './check_feeds.mjs';
import { checkLookups } from './check_lookups.mjs';
import { checkCustomerCommands } from './check_customer_commands.mjs';
import { checkTestRetailRoutes, checkTestStatsAndFaults } from './check_test_mode.mjs';
import { checkNotYetServed } from './check_not_yet_served.mjs';
import { checkRetailCommands } from './check_retail_commands.mjs';
import { checkCounterSales } from './check_counter_sales.mjs';
import { checkBacklogAndAudit } from './check_backlog_audit.mjs';

// ------------------------------------------------------------------------------------------ arguments
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const serverPath = option('--server');
const specPath = path.resolve(option('--spec', path.join(sourceDir, 'docs/api/openapi.yaml')));
const verbose = args.includes('--verbose');
if (!serverPath) {
  console.error('usage: check_responses.mjs --server <theke-server> [--spec openapi.yaml] [--verbose]');
  process.exit(2);
}
useServer(serverPath);
setVerbose(verbose);
loadSpec(specPath);

async function run() {
  checkExamples();
  await startServer();

  const token = await checkEnrollment();
  const auth = { Authorization: `Bearer ${token}` };
  await checkFeedParameters(auth);
  await checkEveryFeed(token, auth);
  await checkLookups(auth);
  await checkRoutingErrors(auth);
  await checkCustomerCommands(token, auth);
  await checkTestStatsAndFaults();
  await checkTestRetailRoutes(auth, token);
  await checkNotYetServed(auth);
  await checkRetailCommands(auth, token);
  await checkCounterSales({ auth, token, request, check, record, skip, readFeed });
  await checkBacklogAndAudit(auth);
}

// ------------------------------------------------------------------------------------------ main
const started = Date.now();
try {
  await run();
} catch (error) {
  fail('the check ran to its end', error.stack ?? String(error));
} finally {
  stopServer();
}
console.log(`contract check took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(summary());
process.exit(anyFailed() ? 1 : 0);
