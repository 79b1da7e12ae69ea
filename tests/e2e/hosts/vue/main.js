// A Vue 3 host written with render functions (no SFC compiler): `.data`/`.index` forced to
// properties, `^role`/`^src` forced to attributes, role-hub-select as `onRoleHubSelect`, and a
// switch the test flips to mount and unmount every element many times. With `?lazy`, the elements
// are rendered (and given their data) before role-hub is loaded, so their properties are set on
// plain, not yet upgraded elements.
import { createApp, h, nextTick, ref } from 'vue';

const params = new URLSearchParams(location.search);
const tags = (params.get('tags') ?? '').split(',').filter(Boolean);
const lazy = params.has('lazy');
const role = 'backend-engineer';
const fetchJson = (url) => fetch(url).then((r) => r.json());
const [bundle, index] = await Promise.all([fetchJson(`/stats/${role}.json`), fetchJson('/stats/index.json')]);
if (!lazy) await import('role-hub');

const shown = ref(false);
const selected = ref([]);
const onRoleHubSelect = (event) => selected.value.push(`${event.detail.kind}:${event.detail.value}`);

createApp({
  render: () =>
    h('main', [
      h('output', { id: 'selected' }, selected.value.join('|')),
      shown.value
        ? [
            h(
              'section',
              { id: 'by-data' },
              tags.map((tag) => h(tag, { key: tag, '.data': bundle, '.index': index, '^no-footer': '', '^pickable': '', onRoleHubSelect })),
            ),
            h(
              'section',
              { id: 'by-src' },
              tags.map((tag) => h(tag, { key: tag, '^role': role, '^src': '/stats/', '^pickable': '', onRoleHubSelect })),
            ),
          ]
        : null,
    ]),
}).mount('#app');

window.host = {
  framework: 'vue',
  mount: async () => {
    shown.value = true;
    await nextTick();
  },
  unmount: async () => {
    shown.value = false;
    await nextTick();
  },
  define: () => import('role-hub'),
};
