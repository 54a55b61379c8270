import { h } from "../../dom";
import { euros, number, percent } from "../../format";
import { stacked } from "../stacked";

/** How a figure is written: €, %, plain number, days or a coefficient. */
export type FigureKind = "euros" | "percent" | "number" | "days" | "coefficient";

const coefficient = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeEuros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** A rounded figure for chart axes (whole euros). */
export const axisFigure = (value: number, kind: FigureKind): string => (kind === "euros" ? wholeEuros.format(value) : formatFigure(value, kind));

export function formatFigure(value: number, kind: FigureKind): string {
  switch (kind) {
    case "euros": return euros(value);
    case "percent": return percent(value);
    case "days": return `${number(Math.round(value * 10) / 10)} j`;
    case "coefficient": return coefficient.format(value);
    default: return number(value);
  }
}

/**
 * One engine figure as the cockpit shows it. <c>path</c> is where it sits in the engine's result
 * (e.g. <c>statements.income.netResult</c>): the browser test checks every tagged figure against the engine.
 */
export function figureValue(value: number, kind: FigureKind, path?: string): HTMLElement {
  return h("span", { class: "figure", "data-path": path, "data-value": path ? String(value) : undefined, "data-kind": kind }, formatFigure(value, kind));
}

/** A labelled figure in a list of key figures (dt/dd). */
export function keyFigure(label: string, value: number, kind: FigureKind, path?: string): HTMLElement {
  return h("div", {}, h("dt", {}, label), h("dd", {}, figureValue(value, kind, path)));
}

/** A list of key figures. */
export function keyFigures(testId: string, ...items: HTMLElement[]): HTMLElement {
  return h("dl", { class: "kpis", "data-testid": testId }, ...items);
}

/** A two-column statement (label, amount) with optional total rows, as a table. */
export interface StatementLine { label: string; value: number; kind?: FigureKind; path?: string; total?: boolean }

export function statementTable(caption: string, testId: string, lines: StatementLine[]): HTMLElement {
  return h("div", { class: "table-scroll" }, h("table", { class: "statement", "data-testid": testId },
    h("caption", {}, caption),
    h("tbody", {}, ...lines.map((line) => h("tr", { class: line.total ? "total" : "" },
      h("th", { scope: "row" }, line.label),
      h("td", { class: "amount" }, figureValue(line.value, line.kind ?? "euros", line.path)))))));
}

/** A table with a header row; each cell is text or a figure element. On a phone each row becomes a card of labelled cells. */
export function dataTable(caption: string, testId: string, headers: string[], rows: (string | HTMLElement)[][]): HTMLElement {
  return h("div", { class: "table-scroll" }, stacked(h("table", { class: "data", "data-testid": testId },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...headers.map((header) => h("th", { scope: "col" }, header)))),
    h("tbody", {}, ...rows.map((row) => h("tr", {}, ...row.map((cell, index) =>
      index === 0 ? h("th", { scope: "row" }, cell) : h("td", {}, cell))))))));
}
