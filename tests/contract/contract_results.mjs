// The tally of the contract checks: one line per check, the counts for the summary at the end.
let passed = 0;
let failed = 0;
let skipped = 0;
export function pass(name) {
  passed++;
  console.log(`ok    ${name}`);
}
export function fail(name, problems) {
  failed++;
  console.log(`FAIL  ${name}`);
  for (const p of [].concat(problems)) console.log(`        ${p}`);
}
export function skip(name, why) {
  skipped++;
  console.log(`skip  ${name} (${why})`);
}
export function record(name, problems) {
  if (problems.length === 0) pass(name);
  else fail(name, problems);
}

export function summary() {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export function anyFailed() {
  return failed > 0;
}
