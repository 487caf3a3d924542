import { rollup } from 'rollup';
for (const treeshake of [true]) {
const b = await rollup({ input: new URL('./entry.js', import.meta.url).pathname, treeshake });
console.log(JSON.stringify(treeshake), '\n', (await b.generate({ format: 'es' })).output[0].code);
}
