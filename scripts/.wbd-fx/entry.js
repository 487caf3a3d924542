import { A } from './a.js';
console.log(A);
