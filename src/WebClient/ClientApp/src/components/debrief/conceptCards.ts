import { h } from "../../dom";
import type { ConceptCard } from "./debriefTypes";

/** The référentiel concepts the team's decisions illustrate: section wording, the team's evidence, guiding questions. */
export function conceptCards(cards: ConceptCard[], compact = false): HTMLElement {
  if (!cards.length) return h("p", { class: "muted" }, "Aucune notion particulière détectée pour l'instant.");
  return h("div", { class: "concept-cards", "data-testid": "concept-cards" }, ...cards.map((card) => h("article", { class: "concept-card" },
    h("h4", {}, `${card.section.id} — ${card.title}`, card.turns.length ? h("span", { class: "muted" }, ` (trimestre${card.turns.length > 1 ? "s" : ""} ${card.turns.join(", ")})`) : null),
    compact ? null : h("blockquote", {}, ...card.quoted.map((line) => h("p", {}, line))),
    h("ul", {}, ...card.evidence.map((line) => h("li", {}, line))),
    compact ? null : h("p", { class: "hint" }, "Questions : " + card.questions.join(" ")))));
}
