import { api } from "../../api";
import { h } from "../../dom";
import { euros, percent } from "../../format";
import type { GameSummary, MarketBrief } from "../../types";
import { errorBox } from "../errors";
import { curveChart } from "./curveChart";
import type { ParameterChange } from "./parameterChange";
import "./responseCurvePreview.css";

interface CurveSet {
  prices: { listPrice: number; demand: number; unitsSold: number }[];
  efforts: { mediaSpend: number; volumeShare: number }[];
}

interface Preview {
  turn: number;
  segmentName: string;
  listPrice: number;
  mediaSpend: number;
  current: CurveSet;
  proposed: CurveSet;
}

const units = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });
const wholeEuros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const compactEuros = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1, style: "currency", currency: "EUR" });

/** How long the teacher's typing must pause before the curves are computed again. */
const debounceMs = 400;

/**
 * The engine's response curves of one team in one segment, in the market in force (« actuel ») and with the change
 * the teacher is typing (« proposé »): demand versus list price, volume share versus media budget. Computed by the
 * server, one full resolution of the turn per point; refreshed, debounced, whenever the proposed change is edited.
 */
export function responseCurvePreview(game: string, proposed: () => ParameterChange | null): { element: HTMLElement; schedule: () => void; refresh: () => Promise<void> } {
  const errors = errorBox();
  const firm = h("select", { id: "preview-firm", "data-field": "firmId" });
  const segment = h("select", { id: "preview-segment", "data-field": "segmentId" });
  const charts = h("div", { class: "curve-charts", "data-testid": "response-curves", "aria-live": "polite" });
  const caption = h("p", { class: "muted" });
  let loaded = false;
  let request = 0;
  let timer: number | undefined;

  async function loadChoices(): Promise<void> {
    const [summary, market] = await Promise.all([api.get<GameSummary>(game), api.get<MarketBrief>(`${game}/market`)]);
    firm.replaceChildren(...summary.teams.map((team) => h("option", { value: team.firmId }, team.name)));
    segment.replaceChildren(...market.segments.map((item) => h("option", { value: item.id }, item.name)));
    loaded = true;
  }

  async function refresh(): Promise<void> {
    const mine = ++request;
    try {
      if (!loaded) await loadChoices();
      const change = proposed();
      const preview = await api.post<Preview>(`${game}/parameters/preview`, { changes: change ? [change] : [], firmId: firm.value, segmentId: segment.value });
      if (mine !== request) return;
      errors.clear();
      draw(preview, change !== null);
    } catch (error) {
      if (mine !== request) return;
      charts.replaceChildren();
      caption.textContent = "";
      errors.show(error);
    }
  }

  function draw(preview: Preview, changed: boolean): void {
    const team = firm.selectedOptions[0]?.textContent ?? "";
    caption.textContent = `Calculé par le moteur pour le trimestre ${preview.turn} : seule l'équipe ${team} fait varier son prix (ou son budget publicité) en ${preview.segmentName}, `
      + "les autres équipes gardent leurs décisions actuelles."
      + (changed ? "" : " Aucun changement proposé : les courbes « actuel » et « proposé » sont confondues.");
    const series = <T,>(pick: (set: CurveSet) => T[], x: (point: T) => number, y: (point: T) => number) => [
      { name: "actuel", className: "series-current", points: pick(preview.current).map((point) => ({ x: x(point), y: y(point) })) },
      { name: "proposé", className: "series-proposed", points: pick(preview.proposed).map((point) => ({ x: x(point), y: y(point) })) },
    ];
    charts.replaceChildren(
      h("figure", { "data-testid": "demand-curve" }, curveChart({
        title: `Demande de ${team} selon son prix catalogue (${preview.segmentName})`,
        xLabel: "Prix catalogue HT (€)",
        yLabel: "Demande (unités / trimestre)",
        formatX: (value) => (value >= 100 ? wholeEuros.format(value) : euros(value)),
        formatY: (value) => units.format(value),
        series: series((set) => set.prices, (point) => point.listPrice, (point) => point.demand),
        marker: { x: preview.listPrice, label: `prix actuel ${euros(preview.listPrice)}` },
        fromZero: true,
      })),
      h("figure", { "data-testid": "share-curve" }, curveChart({
        title: `Part de marché de ${team} selon son budget publicité (${preview.segmentName})`,
        xLabel: "Budget publicité média du trimestre (€ HT)",
        yLabel: "Part de marché en volume",
        formatX: (value) => compactEuros.format(value),
        formatY: (value) => percent(value),
        series: series((set) => set.efforts, (point) => point.mediaSpend, (point) => point.volumeShare),
        marker: { x: preview.mediaSpend, label: `budget actuel ${compactEuros.format(preview.mediaSpend)}` },
        fromZero: false,
      })));
  }

  function schedule(): void {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(), debounceMs);
  }

  firm.addEventListener("change", () => void refresh());
  segment.addEventListener("change", () => void refresh());
  const element = h("div", { class: "curve-preview" },
    h("div", { class: "curve-choices" },
      h("div", {}, h("label", { for: firm.id }, "Équipe dont on fait varier le prix et le budget"), firm),
      h("div", {}, h("label", { for: segment.id }, "Segment"), segment)),
    errors.element, caption, charts);
  return { element, schedule, refresh };
}
