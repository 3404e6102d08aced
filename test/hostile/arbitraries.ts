import fc from 'fast-check';
import { performance } from 'node:perf_hooks';

/** Runs per property: thousands, each bounded in time (see `timed`). */
export const RUNS = 2_000;
/** Runs of a property whose every run does I/O or a full parse of a multi-item answer. */
export const HEAVY_RUNS = 1_000;
/** A single run slower than this is a finding (a hang, or super-linear work on a small input; generous, as the suite runs files in parallel on 2 cores). */
export const RUN_BUDGET_MS = 1_000;

/** Strings that break naive code: empty, whitespace, controls, bidi, surrogates, prototype keys, very long. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\t\r\n',
    '\u202e\u2066',
    '\ud800',
    '\ufeff',
    '__proto__',
    'constructor',
    'toString',
    'null',
    'undefined',
    'NaN',
    '%00',
    '%',
    '%zz',
    '\\',
    '..',
    '<script>alert(1)</script>',
    'a'.repeat(70_000),
    '1'.repeat(400),
  ),
);

/** Any JSON value, with nasty strings in it: what can arrive on the wire. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2, depthSize: 'small' }).map((v) => ({ v })) },
  nastyString,
  fc.constantFrom(null, true, false, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324),
);

/** Anything at all, including values JSON cannot carry (what a confused or hostile caller can pass in-process). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

type Mutation = { kind: 'delete' | 'replace' | 'add' | 'stringify'; at: number; value: unknown; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'add', 'stringify'),
  at: fc.nat(),
  value: jsonValue,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')),
});

/** A valid object with 0–4 of its fields deleted, replaced by any JSON value, stringified, or extra fields added. */
export function mutated(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(valid, fc.array(mutation, { maxLength: 4 })).map(([object, mutations]) => {
    const copy: Record<string, unknown> = { ...object };
    for (const m of mutations) {
      const keys = Object.keys(copy);
      const key = keys.length ? keys[m.at % keys.length]! : m.key;
      if (m.kind === 'delete') delete copy[key];
      else if (m.kind === 'replace') copy[key] = m.value;
      else if (m.kind === 'stringify') copy[key] = typeof copy[key] === 'string' ? copy[key] : JSON.stringify(copy[key]) ?? 'undefined';
      else Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
    return copy;
  });
}

/** Runs `fn` and fails when it took longer than the per-run budget (fast-check cannot interrupt a synchronous hang). */
export function timed<T>(label: string, fn: () => T, budgetMs = RUN_BUDGET_MS): T {
  const started = performance.now();
  const result = fn();
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs) throw new Error(`${label} took ${elapsed.toFixed(0)} ms (budget ${budgetMs} ms)`);
  return result;
}

/** The same for a promise. */
export async function timedAsync<T>(label: string, fn: () => Promise<T>, budgetMs = RUN_BUDGET_MS): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs) throw new Error(`${label} took ${elapsed.toFixed(0)} ms (budget ${budgetMs} ms)`);
  return result;
}
