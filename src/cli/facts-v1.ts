// Facts v1 lines (see shared/eval/FACTS.md): each kind's fields come from its descriptor in src/shared/kinds.
export { toFactsV1 } from '../shared/kinds/index';
