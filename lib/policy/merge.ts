/**
 * How a partial policy document combines with the embedded default. An organisation may leave out whole
 * sections, or set one value deep inside one, and keep PostSafe's defaults for the rest:
 *   - objects merge key by key, at every depth (so `rules.misinformation.severity` alone changes only
 *     that severity and keeps the default claims list);
 *   - arrays and plain values replace the default's (a `snippets` list is the organisation's whole
 *     library; a `terms` list is the whole list);
 *   - `null` is a value like any other and is rejected by validation, never taken to mean "delete".
 * The result is then validated as a whole document.
 */

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets a key as an own property even when it is "__proto__", so validation sees it and rejects it. */
function put(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function mergeOver(base: Json, over: Json): Json {
  if (!isObject(base) || !isObject(over)) return over === undefined ? structuredClone(base) : over;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(base)) put(out, key, structuredClone(base[key]));
  for (const key of Object.keys(over)) put(out, key, key in base && Object.hasOwn(base, key) ? mergeOver(base[key], over[key]) : over[key]);
  return out;
}
