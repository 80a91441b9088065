// Contract checks of what the counter sells with beyond the cart: product promotions in the products
// feed, handing a cart on (POST /v1/carts/{cart_id}/handoff, GET /v1/handoffs/{code}) and orders
// placed at the counter (POST /v1/orders), success and refusals. Called by check_responses.mjs with its
// helpers, so the same strict validation applies.
import { randomUUID } from 'node:crypto';

export async function checkCounterSales({ auth, token, request, check, record, skip, readFeed }) {
  const cmd = (extra = {}) => ({ ...auth, 'X-Theke-Staff': 'st-hh-0002', 'Idempotency-Key': randomUUID(), ...extra });
  const products = (await readFeed('products', token, 2000, ' (promotions)')).items ?? [];
  const promoted = products.find((p) => p.promotion);
  const regular = products.find((p) => !p.promotion);
  if (promoted) record('products feed carries promotions', promoted.promotion.price.amount < promoted.price.amount ? [] : ['not cheaper']);
  else skip('products feed carries promotions', 'no promoted product in the demo data');
  const customers = (await readFeed('customers', token, 500, ' (counter sales)')).items ?? [];
  const customer = customers.find((c) => c.address?.street);
  if (!regular || !customer) {
    skip('counter sales', 'no product or customer with an address');
    return;
  }
  const line = (p, quantity) => ({ sku: p.sku, name: p.name, quantity, unit_price: p.price });
  const newCart = async (customerId, lines) => {
    const res = await request('PUT', `/v1/carts/${randomUUID()}`, { headers: cmd(), body: { customer_id: customerId, origin: 'store', lines } });
    return res.json;
  };

  // --- hand-on
  const handoffOp = 'POST /v1/carts/{cart_id}/handoff';
  const tillOp = 'GET /v1/handoffs/{code}';
  const cart = await newCart(customer.id, [line(regular, 1), ...(promoted ? [line(promoted, 1)] : [])]);
  const url = `/v1/carts/${cart.id}/handoff`;
  await check('handoff: no If-Match → 428', 'POST', url, { headers: cmd(), body: { target: 'till' } },
    { op: handoffOp, status: 428, code: 'precondition_required' });
  await check('handoff: stale If-Match → 412', 'POST', url, { headers: cmd({ 'If-Match': '"9"' }), body: { target: 'till' } },
    { op: handoffOp, status: 412, code: 'version_mismatch' });
  await check('handoff: no target → 400', 'POST', url, { headers: cmd({ 'If-Match': '"1"' }), body: {} },
    { op: handoffOp, status: 400, code: 'invalid_request' });
  const till = await check('handoff: to the till → 200', 'POST', url, { headers: cmd({ 'If-Match': '"1"' }), body: { target: 'till' } },
    { op: handoffOp, status: 200 });
  const code = till?.json?.handoff_code;
  if (code) {
    await check('till: load by code → 200', 'GET', `/v1/handoffs/${code}`, { headers: auth }, { op: tillOp, status: 200 });
    await check('till: no token → 401', 'GET', `/v1/handoffs/${code}`, {}, { op: tillOp, status: 401, code: 'unauthorized' });
  } else skip('till: load by code', 'no handoff code');
  await check('till: unknown code → 404', 'GET', '/v1/handoffs/ZZZZ2222', { headers: auth },
    { op: tillOp, status: 404, code: 'handoff_not_found' });
  await check('handoff: unknown cart → 404', 'POST', `/v1/carts/${randomUUID()}/handoff`,
    { headers: cmd({ 'If-Match': '"1"' }), body: { target: 'till' } }, { op: handoffOp, status: 404, code: 'cart_not_found' });
  const anonymous = await newCart(null, [line(regular, 1)]);
  await check('handoff: anonymous cart online → 422', 'POST', `/v1/carts/${anonymous.id}/handoff`,
    { headers: cmd({ 'If-Match': '"1"' }), body: { target: 'online' } }, { op: handoffOp, status: 422, code: 'customer_required' });
  const empty = await newCart(customer.id, []);
  await check('handoff: empty cart → 422', 'POST', `/v1/carts/${empty.id}/handoff`,
    { headers: cmd({ 'If-Match': '"1"' }), body: { target: 'till' } }, { op: handoffOp, status: 422, code: 'cart_empty' });
  const storeCart = await newCart(customer.id, [line(regular, 2)]);
  await check('handoff: into the online account → 200', 'POST', `/v1/carts/${storeCart.id}/handoff`,
    { headers: cmd({ 'If-Match': '"1"' }), body: { target: 'online' } }, { op: handoffOp, status: 200 });

  // --- counter orders
  const orderOp = 'POST /v1/orders';
  const stock = (await readFeed('stock', token, 2000, ' (counter sales)')).items ?? [];
  const has = (sku, location, n) => stock.some((s) => s.sku === sku && s.location === location && s.quantity >= n);
  const deliverable = products.find((p) => has(p.sku, 'ONLINE', 2));
  const reservable = products.find((p) => has(p.sku, 'b-tauentzienstrasse', 1));
  const order = (lines, fulfilment, payment = 'till') => ({ customer_id: customer.id, lines, fulfilment, payment });
  if (deliverable) {
    await check('order: delivery → 201', 'POST', '/v1/orders',
      { headers: cmd(), body: order([{ sku: deliverable.sku, quantity: 1 }], { type: 'delivery' }, 'online') }, { op: orderOp, status: 201 });
    await check('order: delivery to another address → 201', 'POST', '/v1/orders', {
      headers: cmd(),
      body: order([{ sku: deliverable.sku, quantity: 1 }],
        { type: 'delivery', address: { street: 'Eppendorfer Weg 211', postcode: '20253', city: 'Hamburg', country: 'DE' } }),
    }, { op: orderOp, status: 201 });
  } else skip('order: delivery', 'nothing in the warehouse');
  if (reservable)
    await check('order: reserve for pickup elsewhere → 201', 'POST', '/v1/orders', {
      headers: cmd(), body: order([{ sku: reservable.sku, quantity: 1 }], { type: 'pickup', store_id: 'b-tauentzienstrasse', reserve: true }),
    }, { op: orderOp, status: 201 });
  else skip('order: pickup', 'nothing in stock in Berlin');
  const any = [{ sku: regular.sku, quantity: 1 }];
  await check('order: unknown customer → 404', 'POST', '/v1/orders',
    { headers: cmd(), body: { ...order(any, { type: 'delivery' }), customer_id: randomUUID() } }, { op: orderOp, status: 404, code: 'customer_not_found' });
  await check('order: unknown SKU → 422', 'POST', '/v1/orders',
    { headers: cmd(), body: order([{ sku: 'GIBT-ES-NICHT', quantity: 1 }], { type: 'delivery' }) }, { op: orderOp, status: 422, code: 'unknown_sku' });
  await check('order: unknown store → 422', 'POST', '/v1/orders',
    { headers: cmd(), body: order(any, { type: 'pickup', store_id: 'gibt-es-nicht' }) }, { op: orderOp, status: 422, code: 'unknown_store' });
  await check('order: more than in stock → 422', 'POST', '/v1/orders',
    { headers: cmd(), body: order([{ sku: regular.sku, quantity: 999 }], { type: 'delivery' }) }, { op: orderOp, status: 422, code: 'insufficient_stock' });
  await check('order: no lines → 422', 'POST', '/v1/orders',
    { headers: cmd(), body: order([], { type: 'delivery' }) }, { op: orderOp, status: 422, code: 'invalid_value' });
  await check('order: unknown cart → 404', 'POST', '/v1/orders',
    { headers: cmd(), body: { ...order(any, { type: 'delivery' }), cart_id: randomUUID() } }, { op: orderOp, status: 404, code: 'cart_not_found' });
  await check('order: payment missing → 400', 'POST', '/v1/orders',
    { headers: cmd(), body: { customer_id: customer.id, lines: any, fulfilment: { type: 'delivery' } } }, { op: orderOp, status: 400, code: 'invalid_request' });
  const orders = (await readFeed('orders', token, 2000, ' (after counter orders)')).items ?? [];
  record('orders feed carries the counter orders, all valid', orders.some((o) => o.order_no.startsWith('E-')) ? [] : ['no E- order']);
  const carts = await readFeed('carts', token, 2000, ' (after hand-ons)');
  if (carts.ok) record('carts feed lists the cart handed online in deleted', carts.deleted.includes(storeCart.id) ? [] : ['tombstone missing']);
}
