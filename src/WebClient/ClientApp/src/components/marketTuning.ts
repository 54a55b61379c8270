import { api } from "../api";
import { h } from "../dom";
import type { GameSummary } from "../types";
import { customEventCardForm } from "./console/customEventCard";
import { parameterChangeFields } from "./console/parameterChange";
import { responseCurvePreview } from "./console/responseCurvePreview";
import { errorBox, type ErrorBox } from "./errors";

interface EventCard {
  id: string;
  headline: string;
  description: string;
  concepts: string[];
}

interface AuditEntry {
  at: string;
  fromTurn: number;
  description: string;
  changes: string[];
}

/**
 * The teacher's market tuning: play an event card or change a parameter (from the next turn to
 * be resolved), and the audit log of every change, which students see in the debrief.
 */
export function marketTuning(game: string, onSummary: (summary: GameSummary) => void): { element: HTMLElement; refresh: () => Promise<void>; refreshPreview: () => void } {
  const errors = errorBox();
  const cards = h("ul", { class: "event-cards", "data-testid": "event-cards" });
  const audit = h("ol", { class: "audit", "data-testid": "audit-log" });

  async function run(action: () => Promise<GameSummary>, shownIn: ErrorBox = errors): Promise<void> {
    shownIn.clear();
    try {
      onSummary(await action());
      await refresh();
    } catch (error) {
      shownIn.show(error);
    }
  }

  const change = parameterChangeFields("parameter");
  const reason = h("input", { id: "parameter-reason", "data-field": "reason", maxlength: 200, placeholder: "ex. les clients deviennent plus sensibles au prix", autocomplete: "off" });
  const preview = responseCurvePreview(game, () => (change.read().path === "" ? null : change.read()));
  for (const input of change.inputs) {
    input.addEventListener("input", preview.schedule);
    input.addEventListener("change", preview.schedule);
  }
  const apply = h("button", { type: "submit" }, "Appliquer au prochain trimestre");
  const form = h("form", { class: "tuning-form", novalidate: true },
    ...change.elements,
    h("label", { for: reason.id }, "Motif (affiché au débriefing)"), reason,
    apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(async () => {
      const summary = await api.post<GameSummary>(`${game}/parameters`, { reason: reason.value, changes: [change.read()] });
      // Applied: the market in force now includes it, so the form (and the preview) start again from no change.
      form.reset();
      return summary;
    });
  });

  async function refresh(): Promise<void> {
    void preview.refresh();
    const [available, entries] = await Promise.all([api.get<EventCard[]>(`${game}/events`), api.get<AuditEntry[]>(`${game}/audit`)]);
    cards.replaceChildren(...available.map((card) => {
      const play = h("button", { type: "button", class: "secondary", "data-card": card.id }, "Jouer la carte");
      play.addEventListener("click", () => {
        if (window.confirm(`Jouer « ${card.headline} » ? Ses effets s'appliqueront dès le prochain trimestre résolu.`)) {
          void run(() => api.post<GameSummary>(`${game}/events/${card.id}`));
        }
      });
      return h("li", {}, h("p", {}, h("strong", {}, card.headline), ` (${card.concepts.join(", ")}) — ${card.description}`), play);
    }));
    audit.replaceChildren(...(entries.length
      ? entries.map((entry) => h("li", {}, `À partir du trimestre ${entry.fromTurn} : ${entry.description} — ${entry.changes.join(" ; ")}`))
      : [h("li", { class: "muted" }, "Aucun changement du marché pour l'instant.")]));
  }

  const element = h("section", { class: "card", "aria-labelledby": "tuning-title", "data-testid": "market-tuning" },
    h("h2", { id: "tuning-title" }, "Marché : événements et réglages"),
    errors.element,
    h("h3", {}, "Cartes événements"), cards,
    h("h3", {}, "Écrire une carte événement"), customEventCardForm(game, run),
    h("h3", {}, "Changer un paramètre"), form,
    h("h3", {}, "Aperçu : courbes de réponse calculées par le moteur"), preview.element,
    h("h3", {}, "Journal des changements"), audit);
  return { element, refresh, refreshPreview: preview.schedule };
}
