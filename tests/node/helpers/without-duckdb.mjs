// Loaded with --import: makes @duckdb/node-api unresolvable, as on a site that installed only the widgets.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === '@duckdb/node-api') {
        const error = new Error("Cannot find package '@duckdb/node-api'");
        error.code = 'ERR_MODULE_NOT_FOUND';
        throw error;
      }
      return next(specifier, context);
    }`)}`,
);
