// Dossier of a pair: the HTML the API renders, shown in a frame that may not run scripts, with print and open.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, hasToken } from '../api';
import { href } from '../router';

export function Dossier({ pair }: { pair: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const url = api.dossierUrl(pair);
  // With a token the frame cannot ask for the dossier itself: the page fetches it and hands the frame the HTML.
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (hasToken()) api.dossierHtml(pair).then(setHtml, (e: Error) => setError(e.message));
  }, [pair]);
  return (
    <>
      <header class="page-head">
        <h1>Dossier {pair}</h1>
        <p class="actions">
          <a href={href.pair(pair)}>Back to the pair</a>
          {/* The frame is same-origin without scripts, so the page may ask it to print. */}
          <button type="button" onClick={() => frame.current?.contentWindow?.print()}>Print</button>
          {!hasToken() && <a href={url} target="_blank" rel="noopener">Open on its own</a>}
          {!hasToken() && <a href={url.replace('format=html', 'format=md')}>Markdown</a>}
        </p>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {/* No allow-scripts: whatever the dossier holds, nothing in the frame runs. */}
      <iframe ref={frame} class="dossier" title={`Dossier of ${pair}`} data-testid="dossier"
        sandbox="allow-same-origin allow-modals allow-popups"
        {...(hasToken() ? { srcdoc: html ?? '' } : { src: url })} />
    </>
  );
}
