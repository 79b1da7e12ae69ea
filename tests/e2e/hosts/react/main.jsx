// A React 19 host: role-hub elements as JSX, `data`/`index` as properties, `role`/`src` as
// attributes, `pickable` so that the names are buttons, role-hub-select through React 19's custom
// element event props, and a switch the test flips to mount and unmount every element many times.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'role-hub';

const tags = (new URLSearchParams(location.search).get('tags') ?? '').split(',').filter(Boolean);
const role = 'backend-engineer';

function Widgets({ bundle, index, onSelect }) {
  return (
    <>
      <section id="by-data">
        {tags.map((Tag) => (
          <Tag key={Tag} data={bundle} index={index} no-footer pickable onrole-hub-select={onSelect} />
        ))}
      </section>
      <section id="by-src">
        {tags.map((Tag) => (
          <Tag key={Tag} role={role} src="/stats/" pickable onrole-hub-select={onSelect} />
        ))}
      </section>
    </>
  );
}

function App({ shown, bundle, index }) {
  const [selected, setSelected] = useState([]);
  const onSelect = (event) => setSelected((s) => [...s, `${event.detail.kind}:${event.detail.value}`]);
  return (
    <main>
      <output id="selected">{selected.join('|')}</output>
      {shown && <Widgets bundle={bundle} index={index} onSelect={onSelect} />}
    </main>
  );
}

const root = createRoot(document.getElementById('app'));
const fetchJson = (url) => fetch(url).then((r) => r.json());
const [bundle, index] = await Promise.all([fetchJson(`/stats/${role}.json`), fetchJson('/stats/index.json')]);
const render = (shown) =>
  flushSync(() =>
    root.render(
      <StrictMode>
        <App shown={shown} bundle={bundle} index={index} />
      </StrictMode>,
    ),
  );
render(false);

window.host = {
  framework: 'react',
  mount: async () => render(true),
  unmount: async () => render(false),
};
