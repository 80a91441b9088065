// Contract checks of the sync backlog (what each feed has left) and the audit upload with its read-back.
import { randomUUID } from 'node:crypto';
import { check } from './contract_http.mjs';
import { fail } from './contract_results.mjs';
import { FEEDS } from './check_feeds.mjs';

// The sync backlog (how much each feed has left) and the audit upload, with its test-mode read-back.
export async function checkBacklogAndAudit(auth) {
  const backlogOp = 'GET /v1/sync-backlog';
  const all = Object.keys(FEEDS).map((feed) => `${feed}=`).join('&');
  const backlog = await check('sync backlog: every feed from the start → 200', 'GET', `/v1/sync-backlog?${all}`,
    { headers: auth }, { op: backlogOp, status: 200 });
  if (backlog?.json && backlog.json.remaining.customers < 1) fail('sync backlog counts the demo customers', JSON.stringify(backlog.json));
  await check('sync backlog: unknown feed → 404', 'GET', '/v1/sync-backlog?kunden=', { headers: auth },
    { op: backlogOp, status: 404, code: 'unknown_feed' });
  await check('sync backlog: invalid cursor → 400', 'GET', '/v1/sync-backlog?customers=bm90LWEtY3Vyc29y', { headers: auth },
    { op: backlogOp, status: 400, code: 'invalid_cursor' });
  await check('sync backlog: no token → 401', 'GET', '/v1/sync-backlog?customers=', {}, { op: backlogOp, status: 401, code: 'unauthorized' });

  const auditOp = 'POST /v1/audit';
  const entry = { id: randomUUID(), local_id: 1, at: '2025-03-14T09:30:00.000Z', staff_id: 'st-hh-0001', action: 'approval',
    subject_type: 'action', subject_id: 'return.goodwill', detail: { requester_staff_id: 'st-hh-0007', rule: 'goodwill', amount_cents: 5995 } };
  await check('audit: upload → 200', 'POST', '/v1/audit', { headers: auth, body: { entries: [entry] } }, { op: auditOp, status: 200 });
  const again = await check('audit: the same entry again → 200, nothing new', 'POST', '/v1/audit',
    { headers: auth, body: { entries: [entry] } }, { op: auditOp, status: 200 });
  if (again?.json && (again.json.stored !== 0 || again.json.already_stored !== 1)) fail('audit: a repeat stores nothing', JSON.stringify(again.json));
  await check('audit: entries missing → 400', 'POST', '/v1/audit', { headers: auth, body: {} }, { op: auditOp, status: 400, code: 'invalid_request' });
  await check('audit: bad time → 422', 'POST', '/v1/audit', { headers: auth, body: { entries: [{ ...entry, id: randomUUID(), at: 'gestern' }] } },
    { op: auditOp, status: 422, code: 'invalid_value' });
  await check('audit: no token → 401', 'POST', '/v1/audit', { body: { entries: [entry] } }, { op: auditOp, status: 401, code: 'unauthorized' });
  const stored = await check('test: GET audit → 200', 'GET', '/v1/test/audit', {}, { op: 'GET /v1/test/audit', status: 200 });
  if (stored?.json && stored.json.entries.filter((e) => e.id === entry.id).length !== 1) fail('test: the uploaded entry is stored once', JSON.stringify(stored.json));
}
