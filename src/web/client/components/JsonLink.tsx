// The link under every page to the API call whose JSON the page shows.
import { API } from '../api';

export function JsonLink({ path }: { path: string }) {
  return <p class="json-link"><a href={API + path} data-testid="json-link">This page as JSON</a></p>;
}
