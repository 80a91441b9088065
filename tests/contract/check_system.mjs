// Contract checks of the system routes: health, device enrollment (all its refusals, then the token the
// other checks use) and the routing errors (unknown path, wrong method).
import { check } from './contract_http.mjs';
import { enrollCodes } from './contract_server.mjs';

// Returns the enrolled device's token; without one nothing else can be checked.
export async function checkEnrollment() {
  // --- system and enrollment
  await check('health', 'GET', '/v1/health', {}, { op: 'GET /v1/health', status: 200 });
  const enrollOp = 'POST /v1/devices/enroll';
  await check('enroll: unknown code → 403', 'POST', '/v1/devices/enroll', { body: { code: 'NOPE', device_name: 'Kasse 1' } },
    { op: enrollOp, status: 403, code: 'enrollment_code_invalid' });
  await check('enroll: no code → 400', 'POST', '/v1/devices/enroll', { body: { device_name: 'Kasse 1' } },
    { op: enrollOp, status: 400, code: 'invalid_request' });
  await check('enroll: body not JSON → 400', 'POST', '/v1/devices/enroll', { body: '{"code":' },
    { op: enrollOp, status: 400, code: 'invalid_request' });
  await check('enroll: device_name too long → 422', 'POST', '/v1/devices/enroll',
    { body: { code: enrollCodes[1], device_name: 'K'.repeat(101) } }, { op: enrollOp, status: 422, code: 'invalid_value' });
  const enrolled = await check('enroll: valid code → 201', 'POST', '/v1/devices/enroll',
    { body: { code: enrollCodes[0], device_name: 'Kasse 2 Mönckebergstraße' } }, { op: enrollOp, status: 201 });
  await check('enroll: used code → 403', 'POST', '/v1/devices/enroll', { body: { code: enrollCodes[0] } },
    { op: enrollOp, status: 403, code: 'enrollment_code_invalid' });
  await check('enroll: body over 1 MiB → 413', 'POST', '/v1/devices/enroll',
    { body: JSON.stringify({ code: 'x'.repeat(1100 * 1024) }) }, { op: enrollOp, status: 413, code: 'payload_too_large' });
  const token = enrolled?.json?.token;
  if (!token) throw new Error('no token from enrollment; cannot go on');
  return token;
}

export async function checkRoutingErrors(auth) {
  // --- routing errors
  await check('unknown path → 404', 'GET', '/v1/gibt-es-nicht', { headers: auth }, { component: 'NotFound', status: 404, code: 'not_found' });
  await check('wrong method → 405 with Allow', 'DELETE', '/v1/health', {}, { component: 'MethodNotAllowed', status: 405 });
  await check('POST on a feed → 405 with Allow', 'POST', '/v1/sync/customers', { headers: auth, body: {} },
    { component: 'MethodNotAllowed', status: 405 });
}
