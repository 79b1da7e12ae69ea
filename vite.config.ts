// The demo server (`npm start`): the pages in demo/, the library straight from src/, the
// bundles from demo/real/ (built from the committed real listings in data/). Loopback only; the next free port when 5173 is taken.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  // Lit's production build: the demo shows what a reader gets, without Lit's dev-mode console warning.
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
  },
});
