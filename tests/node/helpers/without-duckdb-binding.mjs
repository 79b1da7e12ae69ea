// Loaded with --import: @duckdb/node-api resolves, but loading it fails as it does when its native
// part for this machine was not installed (a lockfile made elsewhere, npm install --omit=optional).
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === '@duckdb/node-api') {
        const body = 'throw new Error("Cannot find module \\'@duckdb/node-bindings-linux-x64/duckdb.node\\'")';
        return { url: 'data:text/javascript,' + encodeURIComponent(body), shortCircuit: true };
      }
      return next(specifier, context);
    }`)}`,
);
