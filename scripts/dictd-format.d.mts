/** See dictd-format.mjs. */
export function writeDictd(base: string, entries: Iterable<readonly [string, string]>): void;
