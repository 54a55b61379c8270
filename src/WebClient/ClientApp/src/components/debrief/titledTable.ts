import { h } from "../../dom";

let tables = 0;

/**
 * A table under its title, the table alone scrolling sideways on a phone: a <caption> would be as wide as the table and
 * be cut off at 360 px, so the title is a paragraph above that labels the table.
 */
export function titledTable(title: string, table: HTMLTableElement): HTMLElement {
  const id = `debrief-table-${++tables}`;
  table.setAttribute("aria-labelledby", id);
  return h("div", { class: "titled-table" }, h("p", { class: "table-title", id }, title), h("div", { class: "table-scroll" }, table));
}
