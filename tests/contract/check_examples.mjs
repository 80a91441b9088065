// Contract check of the document itself: every schema example and media-type example, requests and
// responses, validates against its schema in the same strict mode as the server's answers.
import { resolve, schemaErrors, spec } from './contract_spec.mjs';
import { record } from './contract_results.mjs';

export function checkExamples() {
  const problems = [];
  const check = (where, schema, value) => {
    for (const e of schemaErrors(schema, value)) problems.push(`${where}: ${e}`);
  };
  // Schema examples, at any depth of the component schemas.
  const walk = (schema, pointer) => {
    if (!schema || typeof schema !== 'object') return;
    if (Array.isArray(schema.examples) && !schema.$ref) {
      const target = { $ref: `#/components/schemas/${pointer}` };
      schema.examples.forEach((example, i) => check(`schema ${pointer} examples[${i}]`, target, example));
    }
    for (const [k, v] of Object.entries(schema.properties ?? {})) walk(v, `${pointer}/properties/${k}`);
    if (schema.items && typeof schema.items === 'object') walk(schema.items, `${pointer}/items`);
  };
  for (const name of Object.keys(spec.components.schemas)) walk(spec.components.schemas[name], name);
  // Media-type examples of request bodies and responses.
  const mediaExamples = (where, content) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      if (!media.schema) continue;
      if ('example' in media) check(`${where} ${type} example`, media.schema, media.example);
      for (const [name, ex] of Object.entries(media.examples ?? {}))
        check(`${where} ${type} examples.${name}`, media.schema, resolve(ex).value);
    }
  };
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      if (op.requestBody) mediaExamples(`${method.toUpperCase()} ${p} request`, resolve(op.requestBody).content);
      for (const [status, response] of Object.entries(op.responses))
        mediaExamples(`${method.toUpperCase()} ${p} ${status}`, resolve(response).content);
    }
  }
  for (const [name, response] of Object.entries(spec.components.responses ?? {}))
    mediaExamples(`response ${name}`, response.content);
  record('every example in the document is valid (strict)', problems);
}
