// Contract checks of the test-mode routes: server stats, injected faults and the test clock, enrollment
// codes for any store, demo pickup codes and deleting feed items.
import { randomUUID } from 'node:crypto';
import { check, conformance, notServed, request } from './contract_http.mjs';
import { record, skip } from './contract_results.mjs';
import { readFeed } from './check_feeds.mjs';

export async function checkTestStatsAndFaults() {
  const stats = await request('GET', '/v1/test/stats');
  if (notServed(stats)) skip('GET /v1/test/stats', `not served yet: ${stats.status}`);
  else record('test: GET stats → 200', conformance(stats, { op: 'GET /v1/test/stats', status: 200 }));

  const addOp = 'POST /v1/test/faults';
  const armed = await request('POST', '/v1/test/faults',
    { body: { faults: ['error:status=503,retry_after=2,path=/v1/health', 'error:status=429,retry_after=1,path=/v1/sync/customers'], seed: 7 } });
  if (notServed(armed)) {
    skip('/v1/test/faults', `not served yet: ${armed.status}`);
    return;
  }
  record('test: POST faults → 200', conformance(armed, { op: addOp, status: 200 }));
  await check('fault: 503 with Retry-After', 'GET', '/v1/health', {}, { op: 'GET /v1/health', status: 503, code: 'service_unavailable' });
  await check('fault: 429 with Retry-After', 'GET', '/v1/sync/customers', { headers: { Authorization: 'Bearer irrelevant' } },
    { op: 'GET /v1/sync/customers', status: 429, code: 'too_many_requests' });
  await check('test: POST faults, unknown kind → 422', 'POST', '/v1/test/faults', { body: { faults: ['erdbeben'] } },
    { op: addOp, status: 422, code: 'invalid_value' });
  await check('test: POST faults, not a list → 400', 'POST', '/v1/test/faults', { body: { faults: 'error' } },
    { op: addOp, status: 400, code: 'invalid_request' });
  const clockOp = 'POST /v1/test/clock';
  await check('test: POST clock, advance 0 → 200', 'POST', '/v1/test/clock', { body: { advance_seconds: 0 } },
    { op: clockOp, status: 200 });
  await check('test: POST clock, backwards → 400', 'POST', '/v1/test/clock', { body: { advance_seconds: -60 } },
    { op: clockOp, status: 400, code: 'invalid_request' });
  await check('test: DELETE faults → 204', 'DELETE', '/v1/test/faults', {}, { op: 'DELETE /v1/test/faults', status: 204 });
  await check('health again once the faults are gone', 'GET', '/v1/health', {}, { op: 'GET /v1/health', status: 200 });
}

// Test-mode helpers for the retail feeds: enrollment codes for any store, demo pickup codes, deletions.
export async function checkTestRetailRoutes(auth, token) {
  const codeOp = 'POST /v1/test/enrollment-codes';
  await check('test: enrollment code for Berlin → 201', 'POST', '/v1/test/enrollment-codes',
    { body: { code: 'CONTRACT-BERLIN', store_id: 'b-tauentzienstrasse' } }, { op: codeOp, status: 201 });
  await check('test: enrollment code, unknown store → 422', 'POST', '/v1/test/enrollment-codes',
    { body: { code: 'CONTRACT-X', store_id: 'gibt-es-nicht' } }, { op: codeOp, status: 422, code: 'invalid_value' });
  await check('test: enrollment code, no store → 400', 'POST', '/v1/test/enrollment-codes', { body: { code: 'CONTRACT-Y' } },
    { op: codeOp, status: 400, code: 'invalid_request' });
  const pickups = await request('GET', '/v1/sync/pickups?limit=5', { headers: auth });
  const pickupId = pickups.json?.items?.[0]?.id;
  const pickupOp = 'GET /v1/test/pickups/{pickup_id}/code';
  if (pickupId) await check('test: demo pickup code → 200', 'GET', `/v1/test/pickups/${pickupId}/code`, {}, { op: pickupOp, status: 200 });
  else skip('test: demo pickup code', 'no demo pickups at this store');
  await check('test: pickup code, unknown pickup → 404', 'GET', `/v1/test/pickups/${randomUUID()}/code`, {},
    { op: pickupOp, status: 404, code: 'not_found' });
  const delOp = 'DELETE /v1/test/feeds/{feed}/{id}';
  const carts = await request('GET', '/v1/sync/carts?limit=5', { headers: auth });
  const cartId = carts.json?.items?.[0]?.id;
  if (cartId) {
    await check('test: delete a cart → 204', 'DELETE', `/v1/test/feeds/carts/${cartId}`, {}, { op: delOp, status: 204 });
    await check('test: delete it again → 404', 'DELETE', `/v1/test/feeds/carts/${cartId}`, {}, { op: delOp, status: 404, code: 'not_found' });
    const tail = await readFeed('carts', token ?? '', 2000, ' (after test DELETE)');
    if (tail.ok) record('carts feed lists the deleted cart in deleted', tail.deleted.includes(cartId) ? [] : ['tombstone missing']);
  }
  await check('test: delete a store → 404', 'DELETE', '/v1/test/feeds/stores/hh-moenckebergstrasse', {},
    { op: delOp, status: 404, code: 'not_found' });
}
