// Contract checks of a customer's life in test mode and the commands on it: created and changed through
// the test routes, notes and consents (idempotency, If-Match, refusals), a request still in progress,
// then deleted, with its tombstones in the customers and consents feeds.
import { randomUUID } from 'node:crypto';
import { check, conformance, notServed, request } from './contract_http.mjs';
import { fail, record, skip } from './contract_results.mjs';
import { readFeed } from './check_feeds.mjs';

export async function checkCustomerCommands(token, auth) {
  // --- test mode: customers
  const id = randomUUID();
  const testOp = 'PUT /v1/test/customers/{customer_id}';
  const customer = {
    customer_no: 'K9990001', first_name: 'Jürgen', last_name: 'Weiß', email: 'juergen.weiss@example.de',
    phone: '+4940123456789', address: { street: 'Eppendorfer Weg 211', postcode: '20253', city: 'Hamburg', country: 'DE' },
    loyalty: { card: '', tier: 'silver', points: 3240 }, preferred_store_id: 'hh-moenckebergstrasse', customer_since: '2019-04-27',
  };
  const created = await check('test: PUT customer (new) → 201', 'PUT', `/v1/test/customers/${id}`, { body: customer }, { op: testOp, status: 201 });
  await check('test: PUT customer (again) → 200', 'PUT', `/v1/test/customers/${id}`, { body: { ...customer, first_name: 'Jörg' } },
    { op: testOp, status: 200 });
  await check('test: PUT customer, not JSON → 400', 'PUT', `/v1/test/customers/${id}`, { body: '[' }, { op: testOp, status: 400, code: 'invalid_request' });
  await check('test: PUT customer, unknown store → 422', 'PUT', `/v1/test/customers/${id}`,
    { body: { ...customer, preferred_store_id: 'gibt-es-nicht' } }, { op: testOp, status: 422, code: 'invalid_value' });
  const other = randomUUID();
  await check('test: PUT customer, number taken → 409', 'PUT', `/v1/test/customers/${other}`, { body: customer },
    { op: testOp, status: 409, code: 'conflict' });
  const feedAfterPut = await readFeed('customers', token, 500, ' (after test PUT)');
  if (feedAfterPut.ok) {
    const row = feedAfterPut.items.find((c) => c.id === id);
    record('customers feed carries the changed customer at version 2', row && row.version === 2 && row.first_name === 'Jörg' ? [] : [`row ${JSON.stringify(row)}`]);
  }

  // --- commands (being built): notes, consents, idempotency
  await checkNotes(auth, id);
  await checkConsents(auth, id, created?.json?.version);
  await checkInProgress(auth, id);
  const notes = await readFeed('notes', token, 500, ' (after adding notes)');
  if (notes.served && notes.ok)
    record('notes feed carries the added notes, all valid', notes.items.some((n) => n.customer_id === id) ? [] : ['no note of the customer']);
  const consentFeed = await readFeed('consents', token, 500, ' (after changing consents)');
  const consentIds = consentFeed.ok ? consentFeed.items.filter((e) => e.customer_id === id).map((e) => e.id) : [];
  if (consentFeed.ok)
    record('consents feed carries the consent changes, all valid', consentIds.length > 0 ? [] : ['no consent change of the customer']);

  // --- test mode: delete
  const delOp = 'DELETE /v1/test/customers/{customer_id}';
  await check('test: DELETE customer → 204', 'DELETE', `/v1/test/customers/${id}`, {}, { op: delOp, status: 204 });
  await check('test: DELETE customer again → 404', 'DELETE', `/v1/test/customers/${id}`, {}, { op: delOp, status: 404, code: 'not_found' });
  const tail = await readFeed('customers', token, 2000, ' (after test DELETE)');
  if (tail.ok) record('customers feed lists the deleted id in deleted', tail.deleted.includes(id) && !tail.items.some((c) => c.id === id) ? [] : ['tombstone missing']);
  const consentTail = await readFeed('consents', token, 2000, ' (after test DELETE)');
  if (consentTail.ok && consentIds.length)
    record('consents feed lists the deleted customer\'s changes in deleted', consentIds.every((c) => consentTail.deleted.includes(c)) && !consentTail.items.some((e) => e.customer_id === id) ? [] : ['consent tombstones missing']);
}

export async function checkNotes(auth, customerId) {
  const op = 'POST /v1/customers/{customer_id}/notes';
  const staff = { 'X-Theke-Staff': 'st-hh-0007' };
  const url = `/v1/customers/${customerId}/notes`;
  const probe = await request('POST', url, { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID() }, body: { text: 'Möchte bei neuer Winterkollektion angerufen werden (Größe 42).' } });
  if (notServed(probe)) {
    skip(op, `not served yet: ${probe.status} ${probe.json?.code}`);
    return;
  }
  record('notes: add → 201', conformance(probe, { op, status: 201 }));
  const key = randomUUID();
  const body = { text: 'Kundin wünscht Rückruf wegen Änderung an der Jacke.' };
  const first = await check('notes: add with a new key → 201', 'POST', url, { headers: { ...auth, ...staff, 'Idempotency-Key': key }, body }, { op, status: 201 });
  const replay = await check('notes: replay with the same key → 201', 'POST', url, { headers: { ...auth, ...staff, 'Idempotency-Key': key }, body }, { op, status: 201 });
  if (replay) {
    const p = [];
    if (replay.headers['idempotent-replayed'] !== 'true') p.push(`Idempotent-Replayed: ${replay.headers['idempotent-replayed']}`);
    if (first && replay.json?.id !== first.json?.id) p.push('replay made another note');
    record('notes: replay answers the first answer with Idempotent-Replayed: true', p);
  }
  await check('notes: same key, other body → 422', 'POST', url, { headers: { ...auth, ...staff, 'Idempotency-Key': key }, body: { text: 'Etwas anderes' } },
    { op, status: 422, code: 'idempotency_key_reused' });
  await check('notes: no Idempotency-Key → 400', 'POST', url, { headers: { ...auth, ...staff }, body }, { op, status: 400, code: 'idempotency_key_required' });
  await check('notes: unknown customer → 404', 'POST', `/v1/customers/${randomUUID()}/notes`,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID() }, body }, { op, status: 404, code: 'customer_not_found' });
  await check('notes: text missing → 400', 'POST', url, { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID() }, body: { note: 'x' } },
    { op, status: 400, code: 'invalid_request' });
  await check('notes: malformed X-Theke-Staff → 400', 'POST', url,
    { headers: { ...auth, 'X-Theke-Staff': 'Dörte Schäfer', 'Idempotency-Key': randomUUID() }, body },
    { op, status: 400, code: 'invalid_request' });
  await check('notes: empty text → 422', 'POST', url, { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID() }, body: { text: '' } },
    { op, status: 422, code: 'invalid_value' });
  await check('notes: no token → 401', 'POST', url, { headers: { ...staff, 'Idempotency-Key': randomUUID() }, body }, { op, status: 401, code: 'unauthorized' });
}

export async function checkConsents(auth, customerId, version) {
  const op = 'PUT /v1/customers/{customer_id}/consents/{purpose}';
  const staff = { 'X-Theke-Staff': 'st-hh-0007' };
  const url = `/v1/customers/${customerId}/consents/email`;
  const body = { granted: true, source: 'store' };
  const probe = await request('PUT', url, { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID() }, body });
  if (notServed(probe)) {
    skip(op, `not served yet: ${probe.status} ${probe.json?.code}`);
    return;
  }
  record('consents: no If-Match → 428', conformance(probe, { op, status: 428, code: 'precondition_required' }));
  const current = (await request('GET', '/v1/sync/customers?limit=2000', { headers: auth })).json?.items?.find((c) => c.id === customerId)?.version ?? version;
  const stale = await check('consents: stale If-Match → 412', 'PUT', url,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': `"${current - 1}"` }, body },
    { op, status: 412, code: 'version_mismatch' });
  if (stale?.json && stale.json.current_version !== current)
    fail('consents: 412 names the current version', `current_version ${stale.json.current_version}, expected ${current}`);
  const changed = await check('consents: grant with If-Match → 200', 'PUT', url,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': `"${current}"` }, body }, { op, status: 200 });
  if (changed?.json) {
    const p = [];
    const consent = changed.json.consents?.find((c) => c.purpose === 'email');
    if (!consent || consent.granted !== true || consent.source !== 'store') p.push(`consent ${JSON.stringify(consent)}`);
    if (changed.json.version !== current + 1) p.push(`version ${changed.json.version}, expected ${current + 1}`);
    const etag = changed.headers.etag;
    if (!etag || etag.replace(/^W\//, '').replace(/"/g, '') !== String(changed.json.version)) p.push(`ETag ${etag} ≠ version ${changed.json.version}`);
    record('consents: answer has the consent, the new version and a matching ETag', p);
  }
  await check('consents: unknown purpose → 422', 'PUT', `/v1/customers/${customerId}/consents/brieftaube`,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': `"${current + 1}"` }, body }, { op, status: 422, code: 'invalid_value' });
  await check('consents: granted not a boolean → 400', 'PUT', url,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': `"${current + 1}"` }, body: { granted: 'ja', source: 'store' } },
    { op, status: 400, code: 'invalid_request' });
  await check('consents: source not a channel → 422', 'PUT', url,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': `"${current + 1}"` }, body: { granted: false, source: 'Brieftaube' } },
    { op, status: 422, code: 'invalid_value' });
  await check('consents: If-Match not a version → 400', 'PUT', url,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': '"drei"' }, body },
    { op, status: 400, code: 'invalid_request' });
  await check('consents: bare If-Match version accepted → 200', 'PUT', url,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': `${current + 1}` }, body: { granted: false, source: 'phone' } },
    { op, status: 200 });
  await check('consents: unknown customer → 404', 'PUT', `/v1/customers/${randomUUID()}/consents/email`,
    { headers: { ...auth, ...staff, 'Idempotency-Key': randomUUID(), 'If-Match': '"1"' }, body }, { op, status: 404, code: 'customer_not_found' });
}

// Two requests with one Idempotency-Key at once: the second is 409 request_in_progress (a latency fault
// holds the first inside the command), and the first still completes.
export async function checkInProgress(auth, customerId) {
  const op = 'POST /v1/customers/{customer_id}/notes';
  const armed = await request('POST', '/v1/test/faults', { body: { faults: ['latency:ms=700,path=/v1/customers/*/notes'] } });
  if (notServed(armed) || armed.status !== 200) {
    skip('notes: concurrent request with the same key → 409', `cannot arm a latency fault: ${armed.status}`);
    return;
  }
  const headers = { ...auth, 'X-Theke-Staff': 'st-hh-0007', 'Idempotency-Key': randomUUID() };
  const body = { text: 'Abholung durch Nachbarin Frau Köhler ist in Ordnung.' };
  const url = `/v1/customers/${customerId}/notes`;
  const first = request('POST', url, { headers, body });
  await new Promise((r) => setTimeout(r, 250));
  await check('notes: concurrent request with the same key → 409 with Retry-After', 'POST', url, { headers, body },
    { op, status: 409, code: 'request_in_progress' }).then((res) => {
    if (res && res.headers['retry-after'] === undefined) fail('notes: 409 request_in_progress has Retry-After', 'missing');
  });
  try {
    record('notes: the first of the two completes → 201', conformance(await first, { op, status: 201 }));
  } catch (error) {
    fail('notes: the first of the two completes → 201', error.message);
  }
  await request('DELETE', '/v1/test/faults');
}
