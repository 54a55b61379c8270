import { api } from "../api";
import { h } from "../dom";
import type { GameSummary } from "../types";
import { errorBox } from "./errors";

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
export function marketTuning(game: string, onSummary: (summary: GameSummary) => void): { element: HTMLElement; refresh: () => Promise<void> } {
  const errors = errorBox();
  const cards = h("ul", { class: "event-cards", "data-testid": "event-cards" });
  const audit = h("ol", { class: "audit", "data-testid": "audit-log" });

  async function run(action: () => Promise<GameSummary>): Promise<void> {
    errors.clear();
    try {
      onSummary(await action());
      await refresh();
    } catch (error) {
      errors.show(error);
    }
  }

  const path = h("input", { id: "parameter-path", "data-field": "changes", placeholder: "segments[B2C_GP].parameters.priceExponent", autocomplete: "off" });
  const operation = h("select", { id: "parameter-operation" }, h("option", { value: "Set" }, "= remplacer par"), h("option", { value: "Multiply" }, "× multiplier par"));
  const value = h("input", { id: "parameter-value", inputmode: "decimal", placeholder: "1,2", autocomplete: "off" });
  const reason = h("input", { id: "parameter-reason", "data-field": "reason", maxlength: 200, placeholder: "ex. les clients deviennent plus sensibles au prix", autocomplete: "off" });
  const apply = h("button", { type: "submit" }, "Appliquer au prochain trimestre");
  const form = h("form", { class: "tuning-form", novalidate: true },
    h("label", { for: path.id }, "Paramètre (chemin, voir scenarios/README.md)"), path,
    h("label", { for: operation.id }, "Opération"), operation,
    h("label", { for: value.id }, "Valeur"), value,
    h("label", { for: reason.id }, "Motif (affiché au débriefing)"), reason,
    apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const number = Number(value.value.replace(",", ".").trim());
    const parsed = value.value.trim() !== "" && Number.isFinite(number) ? number : value.value.trim();
    void run(() => api.post<GameSummary>(`${game}/parameters`, {
      reason: reason.value,
      changes: [{ path: path.value.trim(), value: parsed, operation: operation.value }],
    }));
  });

  async function refresh(): Promise<void> {
    const [available, entries] = await Promise.all([api.get<EventCard[]>(`${game}/events`), api.get<AuditEntry[]>(`${game}/audit`)]);
    cards.replaceChildren(...available.map((card) => {
      const play = h("button", { type: "button", class: "secondary", "data-card": card.id }, "Jouer la carte");
      play.addEventListener("click", () => {
        if (window.confirm(`Jouer « ${card.headline} » ? Ses effets s'appliqueront dès le prochain trimestre résolu.`)) {
          void run(() => api.post<GameSummary>(`${game}/events/${card.id}`));
        }
      });
      return h("li", {}, h("strong", {}, card.headline), ` (${card.concepts.join(", ")}) — ${card.description} `, play);
    }));
    audit.replaceChildren(...(entries.length
      ? entries.map((entry) => h("li", {}, `À partir du trimestre ${entry.fromTurn} : ${entry.description} — ${entry.changes.join(" ; ")}`))
      : [h("li", { class: "muted" }, "Aucun changement du marché pour l'instant.")]));
  }

  const element = h("section", { class: "card", "aria-labelledby": "tuning-title" },
    h("h2", { id: "tuning-title" }, "Marché : événements et réglages"),
    errors.element,
    h("h3", {}, "Cartes événements"), cards,
    h("h3", {}, "Changer un paramètre"), form,
    h("h3", {}, "Journal des changements"), audit);
  return { element, refresh };
}
