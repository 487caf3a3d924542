/**
 * A typedoc plugin: names each entry point's module by its import specifier
 * (`@adalat/sdk/contract`) instead of the file name typedoc guesses (`contract`,
 * `index`), so the reference reads like the imports a partner writes.
 */
import { Converter, ReflectionKind } from 'typedoc';
import { fileURLToPath } from 'node:url';

const source = (path) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

export const MODULE_NAMES = new Map([
  [source('sdk/src/index.ts'), '@adalat/sdk'],
  [source('sdk/src/contract/index.ts'), '@adalat/sdk/contract'],
  [source('sdk/src/ids/index.ts'), '@adalat/sdk/ids'],
  [source('sdk/src/webhooks/index.ts'), '@adalat/sdk/webhooks'],
  [source('components/src/index.ts'), '@adalat/components'],
  [source('mock-backend/src/index.ts'), '@adalat/mock-backend'],
]);

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const fileName = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
    const name = fileName && MODULE_NAMES.get(fileName);
    if (name) reflection.name = name;
  });
}
