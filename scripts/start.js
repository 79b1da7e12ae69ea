#!/usr/bin/env node
// `npm start`: serves the demo (demo/index.html, the full role hub; demo/elements.html, each element
// alone) with Vite on 127.0.0.1 and prints the address. Ctrl+C stops it.
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-setup.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
ensureDependencies();

// Imported only now: on a fresh clone, vite exists once the dependencies are installed.
const { createServer } = await import('vite');
const server = await createServer({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
console.log(`\nrole-hub demo: ${url}  (each element alone: ${url}elements.html)\nPress Ctrl+C to stop.\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
