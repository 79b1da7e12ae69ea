// The demo server (`npm start`): the pages in demo/, the library straight from src/, the
// bundles from demo/real/ (built from the committed real listings in data/). Loopback only; the next free port when 5173 is taken.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** The pages link the data's licence and attribution, data/README.md, which lies outside the demo's root. */
const dataReadme: Plugin = {
  name: 'role-hub:data-readme',
  configureServer(server) {
    server.middlewares.use('/data/README.md', (_request, response) => {
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end(readFileSync(new URL('./data/README.md', import.meta.url)));
    });
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  // Lit's production build: the demo shows what a reader gets, without Lit's dev-mode console warning.
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [dataReadme],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
  },
});
