import { api, ApiFailure } from "../api";
import { countdown } from "../components/countdown";
import { errorBox } from "../components/errors";
import { standingsTable } from "../components/standings";
import { h, mount } from "../dom";
import { euros, percent } from "../format";
import { watchGame } from "../live";
import { endSession, type Session } from "../session";
import type { DecisionsView, FirmTurnResult, GameSummary, MarketBrief } from "../types";

/** The team cockpit: decide for the open quarter, submit, and watch the results and standings. */
export function showTeam(session: Session): () => void {
  const firmPath = `/api/games/${session.gameId}/firms/${session.firmId}`;
  const status = h("span", { class: "live-state", "data-testid": "live-state" }, "Connexion…");
  const banner = h("p", { class: "state-banner", "data-testid": "submission-state" }, "Chargement…");
  // The server names the field and the allowed range in French; the browser's own bubbles would hide that.
  const form = h("form", { class: "card", "aria-labelledby": "decisions-title", novalidate: true });
  const results = h("section", { class: "card", "aria-labelledby": "results-title" });
  const standings = h("section", { class: "card" });
  const errors = errorBox();
  let market: MarketBrief | undefined;
  let view: DecisionsView | undefined;
  let lastResolved = -1;
  let gameStatus: GameSummary["status"] = "None";
  const timer = countdown();

  function numberInput(id: string, field: string, value: number, min: number, max: number, step: string): HTMLInputElement {
    return h("input", { id, type: "number", inputmode: "decimal", min, max, step, value, required: true, "data-field": field });
  }

  function renderForm(): void {
    if (!market || !view) return;
    const fields: { input: HTMLInputElement; apply: (value: number) => void }[] = [];
    const decisions = structuredClone(view.decisions);
    const priceFields = market.segments.map((segment) => {
      const input = numberInput(`price-${segment.id}`, `pricing.listPrice.${segment.id}`, decisions.pricing.listPrice[segment.id] ?? segment.referencePrice, segment.minimumPrice, segment.maximumPrice, "0.01");
      fields.push({ input, apply: (value) => (decisions.pricing.listPrice[segment.id] = value) });
      return h("div", {}, h("label", { for: input.id }, `Prix catalogue HT — ${segment.name} (€)`), input,
        h("p", { class: "hint" }, `De ${euros(segment.minimumPrice)} à ${euros(segment.maximumPrice)} ; coût d'achat unitaire ${euros(segment.unitPurchaseCost)}. (S511 Le prix)`));
    });
    const terms = numberInput("payment-terms", "pricing.paymentTermsDays", decisions.pricing.paymentTermsDays, 0, market.paymentTermsCap, "1");
    fields.push({ input: terms, apply: (value) => (decisions.pricing.paymentTermsDays = value) });
    const mediaFields = market.segments.map((segment) => {
      const input = numberInput(`media-${segment.id}`, `promotion.media.${segment.id}`, decisions.promotion.media[segment.id] ?? 0, 0, 10000000, "100");
      fields.push({ input, apply: (value) => (decisions.promotion.media[segment.id] = value) });
      return h("div", {}, h("label", { for: input.id }, `Publicité média — ${segment.name} (€ HT / trimestre)`), input,
        h("p", { class: "hint" }, `Référence du marché : ${euros(segment.referenceMediaSpend)}. (S445 Communication)`));
    });
    const open = gameStatus === "TurnOpen";
    const submit = h("button", { type: "submit", "data-testid": "submit-decisions", disabled: !open }, view.submitted ? "Renvoyer les décisions" : "Envoyer les décisions");
    const withdraw = h("button", { type: "button", class: "secondary", "data-testid": "withdraw-decisions", hidden: !view.submitted, disabled: !open }, "Retirer l'envoi");
    withdraw.addEventListener("click", async () => {
      errors.clear();
      withdraw.disabled = true;
      try {
        await api.delete(`${firmPath}/decisions/${view!.turn}`);
        await loadDecisions();
      } catch (error) {
        errors.show(error);
        withdraw.disabled = false;
      }
    });
    form.replaceChildren(
      h("h2", { id: "decisions-title" }, `Décisions du trimestre ${view.turn}`),
      h("h3", {}, "Prix et conditions de vente"),
      h("div", { class: "grid-fields" }, ...priceFields,
        h("div", {}, h("label", { for: terms.id }, "Délai de paiement accordé (jours)"), terms,
          h("p", { class: "hint" }, `Plafond légal : ${market.paymentTermsCap} jours (LME). (S512 Les règlements)`))),
      h("h3", {}, "Promotion"),
      h("div", { class: "grid-fields" }, ...mediaFields),
      h("p", { class: "hint" }, "Les autres décisions (recrutement, rémunération, secteurs, trade marketing) sont reconduites du trimestre précédent."),
      errors.element,
      h("div", { class: "actions" }, submit, withdraw));
    form.onsubmit = async (event) => {
      event.preventDefault();
      errors.clear();
      for (const { input, apply } of fields) apply(input.value === "" ? Number.NaN : Number(input.value));
      const invalid = fields.filter(({ input }) => input.value === "" || !Number.isFinite(Number(input.value)));
      if (invalid.length) {
        errors.show(new ApiFailure(400, "Saisie incomplète : rien n'a été envoyé.", invalid.map(({ input }) => ({ field: input.dataset.field!, message: `${document.querySelector(`label[for='${input.id}']`)?.textContent} : saisissez un nombre.` }))));
        return;
      }
      submit.disabled = true;
      try {
        await api.put(`${firmPath}/decisions/${view!.turn}`, decisions);
        await loadDecisions();
      } catch (error) {
        errors.show(error);
      } finally {
        submit.disabled = false;
      }
    };
  }

  function renderBanner(): void {
    if (!view) return;
    banner.className = `state-banner${view.submitted ? " submitted" : ""}`;
    const waiting: Partial<Record<GameSummary["status"], string>> = {
      Lobby: "La partie n'a pas encore commencé : préparez vos décisions, l'envoi s'ouvrira au démarrage.",
      Paused: "La partie est en pause : l'envoi des décisions reprendra à la reprise.",
      Finished: "La partie est terminée : consultez vos résultats et le classement.",
    };
    banner.textContent = waiting[gameStatus] ?? (view.submitted
      ? `Décisions du trimestre ${view.turn} envoyées par ${view.submittedBy} à ${new Date(view.submittedAt!).toLocaleTimeString("fr-FR")}. Vous pouvez les modifier et les renvoyer jusqu'à la clôture.`
      : `Trimestre ${view.turn} : décisions non envoyées. Sans envoi, vos décisions précédentes seront reconduites.`);
  }

  async function loadDecisions(): Promise<void> {
    view = await api.get<DecisionsView>(`${firmPath}/decisions`);
    renderBanner();
    renderForm();
  }

  async function loadResults(): Promise<void> {
    const all = await api.get<FirmTurnResult[]>(`${firmPath}/results`);
    const last = all.at(-1);
    if (!last) {
      results.replaceChildren(h("h2", { id: "results-title" }, "Résultats"), h("p", { class: "muted" }, "Les résultats apparaîtront ici dès que l'enseignant aura résolu le trimestre."));
      return;
    }
    const kpi = (label: string, value: string) => h("div", {}, h("dt", {}, label), h("dd", {}, value));
    results.replaceChildren(
      h("h2", { id: "results-title" }, `Résultats du trimestre ${last.turn}`),
      h("dl", { class: "kpis", "data-testid": "results" },
        kpi("Chiffre d'affaires HT", euros(last.sales.revenueHt)),
        kpi("Unités vendues", String(last.sales.unitsSold)),
        kpi("Part de marché (valeur)", percent(last.sales.valueShare)),
        kpi("Marge commerciale", euros(last.statements.income.commercialMargin)),
        kpi("EBE", euros(last.statements.income.grossOperatingProfit)),
        kpi("Résultat net", euros(last.statements.income.netResult)),
        kpi("Taux de marge (marge / coût d'achat)", percent(last.dashboard.markupRate)),
        kpi("Taux de marque (marge / CA HT)", percent(last.dashboard.marginRate)),
        kpi("Seuil de rentabilité annuel", euros(last.dashboard.breakEvenRevenue))));
  }

  function onGame(summary: GameSummary): void {
    standings.replaceChildren(standingsTable(summary, session.firmId));
    timer.update(summary);
    if (summary.status !== gameStatus) {
      gameStatus = summary.status;
      renderBanner();
      renderForm();
    }
    if (summary.lastResolvedTurn !== lastResolved) {
      const firstUpdate = lastResolved === -1;
      lastResolved = summary.lastResolvedTurn;
      void loadResults();
      if (!firstUpdate) void loadDecisions();
    } else if (view && summary.currentTurn !== view.turn) {
      void loadDecisions();
    }
  }

  const leave = h("button", { type: "button", class: "secondary" }, "Quitter");
  leave.addEventListener("click", () => { endSession(); location.hash = "#/"; });
  mount(
    h("div", { class: "page-head" }, h("h1", {}, `${session.firmName} — ${session.displayName}`), status, leave),
    banner,
    timer.element,
    h("div", { class: "columns" }, form, h("div", { class: "stack" }, results, standings)));

  Promise.all([api.get<MarketBrief>(`/api/games/${session.gameId}/market`), api.get<DecisionsView>(`${firmPath}/decisions`)])
    .then(([brief, decisions]) => {
      market = brief;
      view = decisions;
      renderBanner();
      renderForm();
    }, (error) => errors.show(error));
  const unwatch = watchGame(onGame, (state) => (status.textContent = state));
  return () => {
    timer.stop();
    unwatch();
  };
}
