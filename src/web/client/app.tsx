// The UI shell: header with navigation and search, and the page the location hash names.
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, href, type Route } from './router';
import { Home } from './pages/Home';
import { Pair } from './pages/Pair';
import { Person } from './pages/Person';
import { Document } from './pages/Document';
import { Search } from './pages/Search';
import { History } from './pages/History';
import { Dossier } from './pages/Dossier';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => {
      setRoute(parseRoute(location.hash));
      // A new page starts at its top with the focus on the main region, as a page load would.
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus({ preventScroll: true });
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

function page(route: Route) {
  switch (route.page) {
    case 'home': return <Home />;
    case 'pair': return <Pair pair={route.pair} key={route.pair} />;
    case 'person': return <Person id={route.id} />;
    case 'doc': return <Document docRef={route.ref} fact={route.fact} />;
    case 'search': return <Search q={route.q} pair={route.pair} type={route.type} year={route.year} />;
    case 'history': return <History />;
    case 'dossier': return <Dossier pair={route.pair} />;
    default: return <><h1>Not found</h1><p>No page at {route.path}. <a href={href.home()}>Home</a></p></>;
  }
}

export function App() {
  const route = useRoute();
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href={href.home()}>dyad</a>
        <nav aria-label="Main">
          <a href={href.home()} aria-current={route.page === 'home' ? 'page' : undefined}>Pairs</a>
          <a href={href.search({})} aria-current={route.page === 'search' ? 'page' : undefined}>Search</a>
          <a href={href.history()} aria-current={route.page === 'history' ? 'page' : undefined}>History</a>
        </nav>
        <form role="search" class="quick-search" onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '');
          location.hash = href.search({ q });
        }}>
          <input name="q" type="search" placeholder="Search" aria-label="Search documents and facts" />
        </form>
      </header>
      <main id="main" tabIndex={-1}>{page(route)}</main>
    </>
  );
}
