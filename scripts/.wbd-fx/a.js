import * as z from './lib.js';
export const A = z.object({ a: 1 });
export const B = z.object({ b: 2 }).check(z.object(3));
