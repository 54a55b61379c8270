import { h } from "../../dom";
import { axisFigure, formatFigure, type FigureKind } from "./figure";

const svgNs = "http://www.w3.org/2000/svg";

function svg(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** One line of a chart: its name, its CSS class (colour) and one value per turn. */
export interface Series { name: string; className: string; values: number[] }

const width = 320;
const height = 180;
const left = 72;
const right = 10;
const top = 12;
const bottom = 26;

/**
 * A small line chart over the resolved turns, drawn as inline SVG (no library, no inline style: colours come
 * from CSS classes). Each point carries a tooltip title; the figures are also read out in the description.
 */
export function lineChart(title: string, testId: string, kind: FigureKind, turns: number[], series: Series[]): HTMLElement {
  const all = series.flatMap((s) => s.values).filter(Number.isFinite);
  let min = Math.min(0, ...all);
  let max = Math.max(0, ...all);
  if (max === min) max = min + 1;
  const pad = (max - min) * 0.08;
  if (min < 0) min -= pad;
  max += pad;
  const x = (index: number) => turns.length === 1 ? left + (width - left - right) / 2 : left + (index * (width - left - right)) / (turns.length - 1);
  const y = (value: number) => top + ((max - value) * (height - top - bottom)) / (max - min);
  const grid = [max, (max + min) / 2, min].map((value) => svg("g", { class: "chart-grid" },
    svg("line", { x1: left, x2: width - right, y1: y(value), y2: y(value) }),
    svg("text", { x: left - 4, y: y(value) + 4, "text-anchor": "end" }, axisFigure(value, kind))));
  const zero = min < 0 ? [svg("line", { class: "chart-zero", x1: left, x2: width - right, y1: y(0), y2: y(0) })] : [];
  const labels = turns.map((turn, index) => svg("text", { class: "chart-axis", x: x(index), y: height - 8, "text-anchor": "middle" }, `T${turn}`));
  const lines = series.map((s) => svg("g", { class: `chart-series ${s.className}` },
    svg("polyline", { points: s.values.map((value, index) => `${x(index)},${y(value)}`).join(" "), fill: "none" }),
    ...s.values.map((value, index) => svg("circle", { cx: x(index), cy: y(value), r: 3.5 },
      svg("title", {}, `${s.name}, trimestre ${turns[index]} : ${formatFigure(value, kind)}`)))));
  const description = series.map((s) => `${s.name} : ${s.values.map((value, index) => `T${turns[index]} ${formatFigure(value, kind)}`).join(", ")}`).join(". ");
  const descriptionId = `${testId}-desc`;
  return h("figure", { class: "chart", "data-testid": testId },
    h("figcaption", {}, title),
    svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, "aria-describedby": descriptionId, preserveAspectRatio: "xMidYMid meet" },
      ...grid, ...zero, ...labels, ...lines) as unknown as HTMLElement,
    series.length > 1 ? h("ul", { class: "chart-legend" }, ...series.map((s) => h("li", { class: s.className }, s.name))) : null,
    h("p", { class: "visually-hidden", id: descriptionId }, description));
}
