// Contract checks of the sync feeds: authentication and parameters, then every feed page by page, each
// page valid, and the empty page after the last that keeps the cursor. readFeed serves the other checks.
import { check, conformance, request } from './contract_http.mjs';
import { fail, pass, record, skip } from './contract_results.mjs';

export const FEEDS = {
  stores: 'Store', staff: 'Staff', products: 'Product', stock: 'Stock', customers: 'Customer', orders: 'Order',
  pickups: 'Pickup', returns: 'Return', carts: 'Cart', contacts: 'ServiceContact', notes: 'Note',
  consents: 'ConsentEvent',
};

export async function readFeed(feed, token, limit, nameSuffix = '') {
  const op = `GET /v1/sync/${feed}`;
  const auth = { Authorization: `Bearer ${token}` };
  let cursor = '';
  let pages = 0;
  let items = [];
  let deleted = [];
  for (;;) {
    const q = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await request('GET', `/v1/sync/${feed}${q}`, { headers: auth, gzip: true });
    if (pages === 0 && res.status === 404 && res.json?.code === 'unknown_feed') return { served: false };
    const problems = conformance(res, { op, status: 200 });
    pages++;
    if (problems.length) {
      fail(`${op} page ${pages}${nameSuffix}`, problems);
      return { served: true, ok: false };
    }
    items = items.concat(res.json.items);
    deleted = deleted.concat(res.json.deleted);
    cursor = res.json.next_cursor;
    if (!res.json.has_more || pages > 1000) break;
  }
  return { served: true, ok: true, pages, items, deleted, cursor };
}

export async function checkFeedParameters(auth) {
  // --- feeds: authentication and parameters
  const customersOp = 'GET /v1/sync/customers';
  await check('feed: no token → 401', 'GET', '/v1/sync/customers', {}, { op: customersOp, status: 401, code: 'unauthorized' });
  await check('feed: unknown token → 401', 'GET', '/v1/sync/customers', { headers: { Authorization: 'Bearer tk_not-a-token-at-all' } },
    { op: customersOp, status: 401, code: 'unauthorized' });
  await check('feed: invalid cursor → 400', 'GET', '/v1/sync/customers?cursor=bm90LWEtY3Vyc29y', { headers: auth },
    { op: customersOp, status: 400, code: 'invalid_cursor' });
  for (const limit of ['0', '2001', 'zehn'])
    await check(`feed: limit=${limit} → 400`, 'GET', `/v1/sync/customers?limit=${limit}`, { headers: auth },
      { op: customersOp, status: 400, code: 'invalid_parameter' });
  await check('feed: default limit, gzip accepted → 200', 'GET', '/v1/sync/customers', { headers: auth, gzip: true },
    { op: customersOp, status: 200 }).then((res) => {
    if (res && res.encoding !== 'gzip') fail('feed: large page is gzip-encoded when accepted', `Content-Encoding ${res.encoding}`);
    else if (res) pass('feed: large page is gzip-encoded when accepted');
  });
  await check('feed: unknown feed → 404', 'GET', '/v1/sync/kunden', { headers: auth },
    { component: 'NotFound', status: 404, code: 'unknown_feed' });
}

export async function checkEveryFeed(token, auth) {
  // --- every feed, every page
  for (const [feed] of Object.entries(FEEDS)) {
    const result = await readFeed(feed, token, 60);
    if (!result.served) {
      skip(`GET /v1/sync/${feed}`, 'feed not served yet: 404 unknown_feed');
      continue;
    }
    if (!result.ok) continue;
    pass(`GET /v1/sync/${feed}: ${result.pages} page(s), ${result.items.length} item(s), all valid`);
    // Asked again from the last cursor: an empty last page that keeps the cursor.
    const again = await check(`GET /v1/sync/${feed}: empty page after the last`, 'GET',
      `/v1/sync/${feed}?cursor=${encodeURIComponent(result.cursor)}`, { headers: auth }, { op: `GET /v1/sync/${feed}`, status: 200 });
    if (again?.json) {
      const p = [];
      if (again.json.items.length || again.json.deleted.length || again.json.has_more) p.push('not empty');
      if (again.json.next_cursor !== result.cursor) p.push(`cursor moved: ${again.json.next_cursor} ≠ ${result.cursor}`);
      record(`GET /v1/sync/${feed}: the empty page keeps the cursor`, p);
    }
    if (feed === 'customers' && result.items.length !== 200)
      fail('customers feed delivers all 200 demo customers', `got ${result.items.length}`);
  }
}
