import type { AttestLogFilter } from './get-attest-log';

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;
const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

/** The page's and the exports' GET parameters: fran, till (YYYY-MM-DD), person, rad. Bad values are ignored. */
export function attestLogParams(associationId: string, params: Params): AttestLogFilter {
  return {
    associationId,
    from: isoDate(first(params.fran)),
    to: isoDate(first(params.till)),
    personId: first(params.person),
    budgetLineId: first(params.rad),
  };
}

export function searchParamsOf(url: URL): Params {
  return Object.fromEntries(url.searchParams.entries());
}
