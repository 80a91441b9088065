// The contract document and the strict validation against it (ajv, JSON Schema 2020-12), with the pinned
// tools from tools/node. loadSpec() runs once before anything validates.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
export const sourceDir = path.resolve(here, '../..');
// The pinned tools live in tools/node (installed by scripts/deps), not next to this script.
const requireTools = createRequire(path.join(sourceDir, 'tools/node/package.json'));
let Ajv2020, addFormats, YAML;
try {
  Ajv2020 = requireTools('ajv/dist/2020').default;
  addFormats = requireTools('ajv-formats').default;
  YAML = requireTools('yaml');
} catch (error) {
  console.error(`cannot load ajv/ajv-formats/yaml from tools/node (run scripts/deps): ${error.message}`);
  process.exit(2);
}

export let spec;
const SPEC_ID = 'https://theke.invalid/openapi.json';

// Rewrites '#/components/schemas/X' to '#/$defs/X' and makes object schemas strict.
function prepareSchema(node) {
  if (Array.isArray(node)) return node.map(prepareSchema);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/'))
      out.$ref = `${SPEC_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`;
    else if (key === 'examples' || key === 'example' || key === 'const' || key === 'enum' || key === 'default')
      out[key] = value; // data, not schemas
    else if (key === 'properties' || key === '$defs' || key === 'patternProperties')
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepareSchema(v)]));
    else out[key] = prepareSchema(value);
  }
  const types = Array.isArray(out.type) ? out.type : [out.type];
  const isObject = types.includes('object') || out.properties !== undefined;
  if (isObject && !('additionalProperties' in out) && !('unevaluatedProperties' in out))
    out.unevaluatedProperties = false;
  return out;
}

let ajv;
export function loadSpec(specPath) {
  spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));
  ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, $defs: prepareSchema(spec.components.schemas) });
}

const compiled = new Map();
function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, ajv.compile(prepareSchema(schema)));
  return compiled.get(key);
}
export function schemaErrors(schema, value) {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  return validate.errors.slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message}` +
    (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''));
}

export function resolve(node) {
  while (node && node.$ref) {
    const parts = node.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = parts.reduce((at, part) => at?.[part], spec);
    if (!node) throw new Error(`unresolvable $ref`);
  }
  return node;
}
