import { format } from '../../i18n/language.ts';
import { useAdminStrings } from './use-admin-strings.ts';

/** One page of a list (pages count from 1; a page past the end shows the last one). */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

export function Pager({
  page,
  pages,
  count,
  onPage,
}: {
  page: number;
  pages: number;
  count: number;
  onPage: (page: number) => void;
}) {
  const strings = useAdminStrings();
  if (pages <= 1) return null;
  return (
    <nav className="actions admin-pager" aria-label={format(strings.pageOf, { page, pages, count })}>
      <button type="button" className="button secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {strings.previousPage}
      </button>
      <span aria-live="polite">{format(strings.pageOf, { page, pages, count })}</span>
      <button type="button" className="button secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {strings.nextPage}
      </button>
    </nav>
  );
}
