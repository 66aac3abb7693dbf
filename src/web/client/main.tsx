// Entry of the browser bundle: asks for a pair page's data at once, then loads the app and mounts it on #app.
import { render } from 'preact';
import { prefetchPair } from './api';
import { parseRoute } from './router';
import './styles.css';

// The app's code (charts included) is most of the bundle: it loads as a chunk of its own, and a pair page opened
// directly has its first screen's answers on the way while that chunk downloads and compiles.
const route = parseRoute(location.hash);
if (route.page === 'pair') prefetchPair(route.pair);

void import('./app').then(({ App }) => render(<App />, document.getElementById('app')!));
