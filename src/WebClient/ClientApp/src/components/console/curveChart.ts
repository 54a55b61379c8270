import { svg } from "./svg";

/** One line of a chart: its legend and its points, x ascending. */
export interface CurveSeries {
  name: string;
  className: string;
  points: { x: number; y: number }[];
}

export interface CurveChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  series: CurveSeries[];
  /** An x to mark with a vertical line (e.g. the team's current price), with its label. */
  marker?: { x: number; label: string };
  /** True: the y axis starts at 0; false: it frames the data (for a share that moves by a few points). */
  fromZero: boolean;
}

const height = 300;
const left = 76, right = 16, top = 46, bottom = 52;

/**
 * A line chart as inline SVG (no script, no style attribute: CSP-clean), with labelled axes, ticks, a legend and an
 * accessible name that states the range of every series. Colours come from CSS classes.
 */
export function curveChart(spec: CurveChartSpec): SVGSVGElement {
  // On a phone the drawing is narrower, so that its text is not scaled down below reading size.
  const narrow = window.matchMedia("(max-width: 600px)").matches;
  const width = narrow ? 360 : 480;
  const ticks = narrow ? 3 : 4;
  const all = spec.series.flatMap((series) => series.points);
  const xs = all.map((point) => point.x).concat(spec.marker ? [spec.marker.x] : []);
  const ys = all.map((point) => point.y);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const spread = Math.max(...ys) - Math.min(...ys) || Math.abs(Math.max(...ys)) * 0.1 || 1;
  const yMax = spec.fromZero ? Math.max(...ys, 0) || 1 : Math.max(...ys) + spread * 0.15;
  const yMin = spec.fromZero ? Math.min(...ys, 0) : Math.max(0, Math.min(...ys) - spread * 0.15);
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const x = (value: number) => left + (xMax > xMin ? ((value - xMin) / (xMax - xMin)) * plotWidth : plotWidth / 2);
  const y = (value: number) => top + plotHeight - ((value - yMin) / (yMax - yMin || 1)) * plotHeight;

  const grid: SVGElement[] = [];
  for (let tick = 0; tick <= ticks; tick++) {
    const yValue = yMin + ((yMax - yMin) * tick) / ticks;
    const xValue = xMin + ((xMax - xMin) * tick) / ticks;
    grid.push(
      svg("line", { class: "chart-grid", x1: left, x2: width - right, y1: y(yValue), y2: y(yValue) }),
      svg("text", { class: "chart-tick", x: left - 6, y: y(yValue) + 4, "text-anchor": "end" }, spec.formatY(yValue)),
      svg("text", { class: "chart-tick", x: x(xValue), y: top + plotHeight + 16, "text-anchor": tick === 0 ? "start" : tick === ticks ? "end" : "middle" }, spec.formatX(xValue)));
  }
  const lines = spec.series.map((series) => svg("polyline", {
    class: `chart-line ${series.className}`,
    points: series.points.map((point) => `${x(point.x).toFixed(1)},${y(point.y).toFixed(1)}`).join(" "),
    fill: "none",
  }));
  const legend = spec.series.map((series, index) => svg("g", { class: series.className },
    svg("line", { class: "chart-line", x1: left + index * 130, x2: left + index * 130 + 24, y1: 14, y2: 14 }),
    svg("text", { class: "chart-legend", x: left + index * 130 + 30, y: 18 }, series.name)));
  const marker = spec.marker
    ? [svg("line", { class: "chart-marker", x1: x(spec.marker.x), x2: x(spec.marker.x), y1: top, y2: top + plotHeight }),
       svg("text", { class: "chart-tick", x: x(spec.marker.x), y: top - 6, "text-anchor": x(spec.marker.x) > width - 90 ? "end" : x(spec.marker.x) < left + 50 ? "start" : "middle" }, spec.marker.label)]
    : [];
  const summary = spec.series.map((series) => {
    const first = series.points[0], last = series.points[series.points.length - 1];
    return first && last ? `${series.name} : de ${spec.formatY(first.y)} à ${spec.formatX(first.x)} jusqu'à ${spec.formatY(last.y)} à ${spec.formatX(last.x)}` : series.name;
  }).join(" ; ");

  return svg("svg", { class: "curve-chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${spec.title}. ${summary}.` },
    svg("title", {}, spec.title),
    ...grid,
    svg("line", { class: "chart-axis", x1: left, x2: width - right, y1: top + plotHeight, y2: top + plotHeight }),
    svg("line", { class: "chart-axis", x1: left, x2: left, y1: top, y2: top + plotHeight }),
    ...marker,
    ...lines,
    ...legend,
    svg("text", { class: "chart-axis-label", x: left + plotWidth / 2, y: height - 8, "text-anchor": "middle" }, spec.xLabel),
    svg("text", { class: "chart-axis-label", x: 16, y: top + plotHeight / 2, "text-anchor": "middle", transform: `rotate(-90 16 ${top + plotHeight / 2})` }, spec.yLabel));
}
