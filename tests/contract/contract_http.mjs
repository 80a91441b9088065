// Requests to the server under test and the check of an answer against its operation in the document:
// status, content type, documented headers, body schema, problem+json code.
import http from 'node:http';
import zlib from 'node:zlib';
import { resolve, schemaErrors, spec } from './contract_spec.mjs';
import { fail, record } from './contract_results.mjs';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
export let port = 0;
let verbose = false;

export function usePort(listening) {
  port = listening;
}

export function setVerbose(on) {
  verbose = on;
}

export function request(method, urlPath, { headers = {}, body, gzip = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    const allHeaders = { Accept: 'application/json', ...headers };
    if (gzip) allHeaders['Accept-Encoding'] = 'gzip';
    if (payload !== undefined) {
      allHeaders['Content-Type'] ??= 'application/json';
      allHeaders['Content-Length'] = Buffer.byteLength(payload);
    }
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: allHeaders, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        if (encoding === 'gzip') raw = zlib.gunzipSync(raw);
        const text = raw.toString('utf8');
        let json;
        try {
          json = text.length ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolvePromise({ status: res.statusCode, headers: res.headers, text, json, encoding });
      });
    });
    req.setTimeout(30000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

// Validates a response against the operation `method pathTemplate` of the spec (or a components
// response given as `component`). Returns the list of problems.
export function conformance(res, { op: opKey, component, status: expected, code }) {
  const problems = [];
  let response;
  if (component) {
    response = spec.components.responses[component];
  } else {
    const [method, template] = opKey.split(' ');
    const operation = spec.paths[template]?.[method.toLowerCase()];
    if (!operation) return [`no operation ${opKey} in the document`];
    const responses = operation.responses;
    const key = [String(res.status), `${String(res.status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) return [`status ${res.status} is not documented for ${opKey}: ${res.text.slice(0, 200)}`];
    response = resolve(responses[key]);
  }
  if (expected !== undefined && res.status !== expected)
    problems.push(`status ${res.status}, expected ${expected}: ${res.text.slice(0, 200)}`);
  // Headers the document requires, and the values of every documented header present.
  for (const [name, h] of Object.entries(response.headers ?? {})) {
    const header = resolve(h);
    const value = res.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`header ${name} missing`);
      continue;
    }
    const schema = resolve(header.schema);
    const typed = schema?.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
    for (const e of schemaErrors(header.schema, typed)) problems.push(`header ${name}: ${JSON.stringify(value)} ${e}`);
  }
  const content = response.content;
  if (!content) {
    if (res.text.length) problems.push(`no body documented, got ${res.text.length} bytes`);
    return problems;
  }
  const type = (res.headers['content-type'] ?? '').split(';')[0].trim();
  const media = content[type];
  if (!media) {
    problems.push(`content type '${type}' not documented (documented: ${Object.keys(content).join(', ')})`);
    return problems;
  }
  if (res.json === undefined) {
    problems.push('body is not JSON');
    return problems;
  }
  problems.push(...schemaErrors(media.schema, res.json).map((e) => `body ${e}`));
  if (code !== undefined && res.json?.code !== code) problems.push(`code '${res.json?.code}', expected '${code}'`);
  if (type === 'application/problem+json' && res.json) {
    if (res.json.status !== res.status) problems.push(`problem status ${res.json.status} differs from HTTP ${res.status}`);
    if (res.json.type !== `urn:theke:problem:${res.json.code}`) problems.push(`problem type '${res.json.type}' does not match its code`);
  }
  return problems;
}

export async function check(name, method, urlPath, options, expectation) {
  try {
    const res = await request(method, urlPath, options);
    const problems = conformance(res, expectation);
    if (verbose && problems.length === 0) console.log(`        ${res.status} ${res.text.slice(0, 160)}`);
    record(name, problems);
    return res;
  } catch (error) {
    fail(name, `request failed: ${error.message}`);
    return undefined;
  }
}

// A route the server does not have (yet) answers 404 not_found or 405: the check is skipped.
export function notServed(res) {
  return res && ((res.status === 404 && res.json?.code === 'not_found') || res.status === 405);
}
