// Dossier of a pair: the HTML the API renders, shown in a frame that may not run scripts, with print and open.
import { useRef } from 'preact/hooks';
import { api } from '../api';
import { href } from '../router';

export function Dossier({ pair }: { pair: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const url = api.dossierUrl(pair);
  return (
    <>
      <header class="page-head">
        <h1>Dossier {pair}</h1>
        <p class="actions">
          <a href={href.pair(pair)}>Back to the pair</a>
          {/* The frame is same-origin without scripts, so the page may ask it to print. */}
          <button type="button" onClick={() => frame.current?.contentWindow?.print()}>Print</button>
          <a href={url} target="_blank" rel="noopener">Open on its own</a>
          <a href={url.replace('format=html', 'format=md')}>Markdown</a>
        </p>
      </header>
      <iframe ref={frame} class="dossier" src={url} title={`Dossier of ${pair}`} data-testid="dossier"
        sandbox="allow-same-origin allow-modals allow-popups" />
    </>
  );
}
