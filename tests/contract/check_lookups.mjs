// Contract checks of the online look-ups beyond the cache: customer search and order look-up.
import { check, request } from './contract_http.mjs';
import { record, skip } from './contract_results.mjs';

export async function checkLookups(auth) {
  // --- online look-ups beyond the cache
  const searchOp = 'GET /v1/customers';
  const capped = await check('customer search: limit=100 → 200', 'GET', '/v1/customers?q=Sch&limit=100', { headers: auth },
    { op: searchOp, status: 200 });
  if (capped?.json) record('customer search: at most limit items, truncated when more matched',
    capped.json.items.length <= 100 && (capped.json.items.length < 100 || capped.json.truncated) ? [] : [`${capped.json.items.length} items`]);
  await check('customer search: by customer no. → 200', 'GET', '/v1/customers?q=K1', { headers: auth }, { op: searchOp, status: 200 });
  await check('customer search: limit=101 → 400', 'GET', '/v1/customers?q=Sch&limit=101', { headers: auth },
    { op: searchOp, status: 400, code: 'invalid_parameter' });
  await check('customer search: no token → 401', 'GET', '/v1/customers?q=Sch', {}, { op: searchOp, status: 401, code: 'unauthorized' });
  const someOrders = await request('GET', '/v1/sync/orders?limit=3', { headers: auth });
  const orderNo = someOrders.json?.items?.[0]?.order_no;
  if (orderNo) {
    await check('order look-up: known number → 200 with ETag', 'GET', `/v1/orders/${encodeURIComponent(orderNo)}`, { headers: auth },
      { op: 'GET /v1/orders/{order_no}', status: 200 });
    await check('order look-up: no token → 401', 'GET', `/v1/orders/${encodeURIComponent(orderNo)}`, {},
      { op: 'GET /v1/orders/{order_no}', status: 401, code: 'unauthorized' });
  } else {
    skip('order look-up: known number', 'no demo orders');
  }
}
