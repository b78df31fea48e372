/**
 * Links to the previous and next page of a long list, and which page this is; nothing when the
 * list fits on one page. The texts come translated, since each list words its pages its own way.
 */
export function Pagination(props: { label: string; page: number; pages: number; href: (page: number) => string; previous: string; next: string; current: string }) {
  if (props.pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={props.label}>
      <ul>
        {props.page > 1 ? (
          <li>
            <a href={props.href(props.page - 1)} rel="prev">
              {props.previous}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{props.current}</li>
        {props.page < props.pages ? (
          <li>
            <a href={props.href(props.page + 1)} rel="next">
              {props.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
