// Contract checks of the retail commands on demo data: pickups (ready, notify, handover with a code and
// its block, return to stock), returns and carts, success and refusals.
import { randomUUID } from 'node:crypto';
import { check, request } from './contract_http.mjs';
import { record, skip } from './contract_results.mjs';
import { readFeed } from './check_feeds.mjs';

// The pickup, return and cart commands on demo data, success and refusals, against their schemas.
export async function checkRetailCommands(auth, token) {
  const cmd = (extra = {}) => ({ ...auth, 'X-Theke-Staff': 'st-hh-0002', 'Idempotency-Key': randomUUID(), ...extra });
  const tag = (v) => `"${v}"`;
  const pickups = (await readFeed('pickups', token, 500, ' (before the commands)')).items ?? [];
  const now = Date.now();
  const find = (fn) => pickups.find(fn);
  const waiting = find((p) => p.state === 'awaiting_stock');
  const ready = find((p) => p.state === 'ready' && Date.parse(p.deadline) > now + 86400000);
  const overdue = find((p) => p.state === 'ready' && Date.parse(p.deadline) < now);
  const done = find((p) => p.state === 'handed_over');
  const op = (c) => `POST /v1/pickups/{pickup_id}/${c}`;
  const url = (p, c) => `/v1/pickups/${p.id}/${c}`;
  if (waiting) {
    await check('pickup ready: no If-Match → 428', 'POST', url(waiting, 'ready'), { headers: cmd(), body: { shelf: 'B-07' } },
      { op: op('ready'), status: 428, code: 'precondition_required' });
    await check('pickup ready: stale If-Match → 412', 'POST', url(waiting, 'ready'),
      { headers: cmd({ 'If-Match': tag(waiting.version + 5) }), body: { shelf: 'B-07' } },
      { op: op('ready'), status: 412, code: 'version_mismatch' });
    const res = await check('pickup ready → 200', 'POST', url(waiting, 'ready'),
      { headers: cmd({ 'If-Match': tag(waiting.version) }), body: { shelf: 'B-07' } }, { op: op('ready'), status: 200 });
    if (res?.json) await check('pickup notify → 200 or 422 no_contact_channel', 'POST', url(waiting, 'notify'),
      { headers: cmd({ 'If-Match': tag(res.json.version) }), body: { channel: 'email', template: 'ready' } }, { op: op('notify') });
  } else skip('pickup ready', 'no awaiting_stock pickup at this store');
  if (ready) {
    const body = { lines: ready.lines, recipient: { type: 'customer', name: 'Jürgen Weiß' }, identity_check: { method: 'pickup_code' } };
    await check('pickup handover: wrong code → 422', 'POST', url(ready, 'handover'),
      { headers: cmd({ 'If-Match': tag(ready.version) }), body: { ...body, pickup_code: 'ZZZZZZ' } },
      { op: op('handover'), status: 422, code: 'pickup_code_invalid' });
    await check('pickup return-to-stock: before the deadline → 422', 'POST', url(ready, 'return-to-stock'),
      { headers: cmd({ 'If-Match': tag(ready.version) }), body: { reason: 'not_collected' } },
      { op: op('return-to-stock'), status: 422, code: 'deadline_not_reached' });
    const code = (await request('GET', `/v1/test/pickups/${ready.id}/code`)).json?.code;
    // The customer refuses one piece of the first line: it is recorded on the handover, then returned.
    const first = ready.lines[0];
    const taken = ready.lines.map((l) => ({ ...l, quantity: l.line_id === first.line_id ? l.quantity - 1 : l.quantity }))
      .filter((l) => l.quantity > 0);
    const refused = [{ line_id: first.line_id, quantity: 1 }];
    await check('pickup handover with a refused piece, right code → 200', 'POST', url(ready, 'handover'),
      { headers: cmd({ 'If-Match': tag(ready.version) }), body: { ...body, lines: taken, refused_lines: refused, pickup_code: code } },
      { op: op('handover'), status: 200 });
    const currency = (await request('GET', `/v1/orders/${ready.order_no}`, { headers: auth })).json?.totals?.gross?.currency ?? 'EUR';
    await check('return of the piece refused at pickup → 201', 'POST', '/v1/returns', { headers: cmd(), body: {
      order_no: ready.order_no, approvals: [],
      lines: [{ line_id: first.line_id, quantity: 1, reason: 'refused_at_pickup', condition: 'as_new', disposition: 'restock' }],
      refund: { method: 'original', amount: { amount: 100, currency } } } }, { op: 'POST /v1/returns', status: 201 });
  } else skip('pickup handover', 'no ready pickup at this store');
  // Five wrong codes block handovers by code of that pickup: 423 with Retry-After (an overdue one
  // will do: the block leaves its return to stock alone).
  const guessed = find((p) => (p.state === 'ready' || p.state === 'partly_handed_over') && p.id !== ready?.id);
  if (guessed) {
    const guess = { lines: guessed.lines, recipient: { type: 'customer', name: 'Jürgen Weiß' }, identity_check: { method: 'pickup_code' }, pickup_code: 'ZZZZZZ' };
    for (let i = 0; i < 4; i++)
      await request('POST', url(guessed, 'handover'), { headers: cmd({ 'If-Match': tag(guessed.version) }), body: guess });
    const blocked = await check('pickup handover: fifth wrong code → 423', 'POST', url(guessed, 'handover'),
      { headers: cmd({ 'If-Match': tag(guessed.version) }), body: guess },
      { op: op('handover'), status: 423, code: 'pickup_code_blocked' });
    record('pickup handover 423: Retry-After in seconds', Number(blocked?.headers?.['retry-after']) > 0 ? [] : ['no Retry-After header']);
  } else skip('pickup code block', 'no second ready pickup at this store');
  if (overdue) await check('pickup return-to-stock: overdue → 200', 'POST', url(overdue, 'return-to-stock'),
    { headers: cmd({ 'If-Match': tag(overdue.version) }), body: { reason: 'not_collected' } }, { op: op('return-to-stock'), status: 200 });
  if (done) await check('pickup ready: handed over → 409', 'POST', url(done, 'ready'),
    { headers: cmd({ 'If-Match': tag(done.version) }), body: { shelf: 'A-01' } }, { op: op('ready'), status: 409, code: 'invalid_transition' });

  const orders = (await readFeed('orders', token, 2000, ' (before the return)')).items ?? [];
  const recent = orders.find((o) => o.channel === 'webshop' && o.delivered_at && now - Date.parse(o.delivered_at) < 10 * 86400000 &&
    o.lines.every((l) => l.returned_quantity === 0));
  if (recent) {
    const line = recent.lines[0];
    const body = { id: randomUUID(), order_no: recent.order_no, approvals: [],
      lines: [{ line_id: line.line_id, quantity: line.quantity, reason: 'does_not_fit', condition: 'as_new', disposition: 'restock' }],
      refund: { method: 'original', amount: { amount: 100, currency: line.unit_price.currency } } };
    const other = (text) => ({ ...body, id: randomUUID(), lines: [{ ...body.lines[0], reason: 'other', ...text }] });
    await check('return: other without a text → 422', 'POST', '/v1/returns', { headers: cmd(), body: other({}) },
      { op: 'POST /v1/returns', status: 422, code: 'reason_text_required' });
    await check('return: other with a text too long → 422', 'POST', '/v1/returns',
      { headers: cmd(), body: other({ reason_text: 'x'.repeat(201) }) },
      { op: 'POST /v1/returns', status: 422, code: 'reason_text_too_long' });
    await check('return, other with its text → 201', 'POST', '/v1/returns',
      { headers: cmd(), body: { ...other({ reason_text: ' Geschenk, doppelt bekommen ' }), id: body.id } },
      { op: 'POST /v1/returns', status: 201 });
    await check('return: nothing left → 422', 'POST', '/v1/returns', { headers: cmd(), body: { ...body, id: randomUUID() } },
      { op: 'POST /v1/returns', status: 422, code: 'return_quantity_exceeded' });
  } else skip('return', 'no recently delivered webshop order');

  const cartOp = 'PUT /v1/carts/{cart_id}';
  const cartUrl = `/v1/carts/${randomUUID()}`;
  const cart = { customer_id: null, origin: 'store', lines: [] };
  await check('cart put: new → 201', 'PUT', cartUrl, { headers: cmd(), body: cart }, { op: cartOp, status: 201 });
  await check('cart put: existing, no If-Match → 428', 'PUT', cartUrl, { headers: cmd(), body: cart },
    { op: cartOp, status: 428, code: 'precondition_required' });
  await check('cart put: replace → 200', 'PUT', cartUrl, { headers: cmd({ 'If-Match': '"1"' }), body: cart }, { op: cartOp, status: 200 });
  await check('cart put: stale → 412', 'PUT', cartUrl, { headers: cmd({ 'If-Match': '"1"' }), body: cart },
    { op: cartOp, status: 412, code: 'version_mismatch' });
}
