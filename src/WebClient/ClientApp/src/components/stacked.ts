/**
 * Marks a table to become one card per row on a phone (style.css, table.stacked): the row's heading on top, then each
 * cell after its column's name, copied here from the table's head into the cell's data-label. Returns the table.
 */
export function stacked(table: HTMLTableElement): HTMLTableElement {
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? "");
  table.classList.add("stacked");
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      [...row.cells].forEach((cell, index) => {
        if (cell.tagName === "TD") cell.dataset.label = headings[index] ?? "";
      });
    }
  }
  return table;
}
