import { api } from "../../api";
import { h } from "../../dom";
import { euros, number, percent } from "../../format";
import type { DecisionsView, DraftView, FirmTurnResult, MarketBrief } from "../../types";
import { decisionSections, valueAt, type FieldSpec } from "../decisionSpec";
import { errorBox } from "../errors";
import "./teamDrillDown.css";

/** A decision as the teacher reads it in French: « Oui »/« Non », the option's label, a French number; never a raw code. */
function shown(field: FieldSpec, value: unknown): string {
  if (value === undefined || value === null || value === "" || (typeof value === "number" && !Number.isFinite(value))) return "—";
  if (field.options) return field.options.find((option) => option.value === String(value))?.label ?? "—";
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (typeof value !== "number") return String(value);
  if (field.unit === "%") return percent(value);
  if (field.unit === "€") return euros(value);
  return field.unit ? `${number(value)} ${field.unit}` : number(value);
}

const resultRows: [string, (result: FirmTurnResult) => string][] = [
  ["Chiffre d'affaires HT", (r) => euros(r.sales.revenueHt)],
  ["Unités vendues", (r) => number(r.sales.unitsSold)],
  ["Part de marché (valeur)", (r) => percent(r.sales.valueShare)],
  ["Marge commerciale", (r) => euros(r.statements.income.commercialMargin)],
  ["Résultat net", (r) => euros(r.statements.income.netResult)],
  ["Trésorerie (banque − découvert)", (r) => euros(r.statements.balance.cash - r.statements.balance.bankOverdraft)],
  ["Score", (r) => number(r.score.score)],
];

/**
 * The teacher's view of one team: its shared draft of the open turn (who changed each field), what it
 * submitted, and its results turn by turn. Read-only; the teacher sees every team.
 */
export function teamDrillDown(game: string): { element: HTMLElement; show: (firmId: string, name: string) => Promise<void>; refresh: () => Promise<void> } {
  const errors = errorBox();
  const body = h("div", { "data-testid": "team-detail" });
  const heading = h("h2", { id: "detail-title" }, "Détail d'une équipe");
  const close = h("button", { type: "button", class: "secondary" }, "Fermer");
  const element = h("section", { class: "card team-detail", "aria-labelledby": "detail-title", hidden: true },
    h("div", { class: "page-head" }, heading, close), errors.element, body);
  let current: { firmId: string; name: string } | null = null;
  let market: MarketBrief | undefined;
  close.addEventListener("click", () => {
    current = null;
    element.hidden = true;
  });

  async function refresh(): Promise<void> {
    if (!current) return;
    const firm = `${game}/firms/${current.firmId}`;
    errors.clear();
    try {
      market ??= await api.get<MarketBrief>(`${game}/market`);
      const [draft, submitted, results] = await Promise.all([
        api.get<DraftView>(`${firm}/draft`), api.get<DecisionsView>(`${firm}/decisions`), api.get<FirmTurnResult[]>(`${firm}/results`)]);
      heading.textContent = `Détail de ${current.name}`;
      const sameTurn = submitted.turn === draft.turn;
      const decisions = h("table", { class: "detail-decisions" },
        h("caption", {}, `Décisions du trimestre ${draft.turn} — ${sameTurn && submitted.submitted ? `envoyées par ${submitted.submittedBy}` : "non envoyées"}`),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Décision"), h("th", { scope: "col" }, "Brouillon partagé"), h("th", { scope: "col" }, "Envoyé"))),
        ...decisionSections(market, draft.decisions).filter((section) => section.fields.length > 0).map((section) => h("tbody", {},
          h("tr", { class: "detail-section" }, h("th", { scope: "rowgroup", colspan: 3 }, section.title)),
          ...section.fields.map((field) => {
            const stamp = draft.fields[field.path];
            return h("tr", {},
              h("th", { scope: "row" }, field.label),
              h("td", {}, shown(field, valueAt(draft.decisions, field.path)), stamp ? h("span", { class: "hint" }, ` (${stamp.author})`) : null),
              h("td", {}, sameTurn && submitted.submitted ? shown(field, valueAt(submitted.decisions, field.path)) : "—"));
          }))));
      const table = results.length
        ? h("table", { class: "detail-results" },
            h("caption", {}, "Résultats par trimestre"),
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Indicateur"), ...results.map((result) => h("th", { scope: "col" }, `T${result.turn}`)))),
            h("tbody", {}, ...resultRows.map(([label, value]) => h("tr", {}, h("th", { scope: "row" }, label), ...results.map((result) => h("td", {}, value(result)))))))
        : h("p", { class: "muted" }, "Pas encore de résultats : aucun trimestre résolu.");
      body.replaceChildren(h("div", { class: "table-scroll" }, table), h("div", { class: "table-scroll" }, decisions));
    } catch (error) {
      errors.show(error);
    }
  }

  return {
    element,
    refresh,
    async show(firmId, name) {
      current = { firmId, name };
      element.hidden = false;
      await refresh();
      element.scrollIntoView({ block: "nearest" });
    },
  };
}
