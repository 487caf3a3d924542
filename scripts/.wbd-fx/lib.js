export function object(x) { globalThis.n = (globalThis.n ?? 0) + 1; return { x, check() { return this; } }; }
