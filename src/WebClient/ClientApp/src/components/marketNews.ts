import { h } from "../dom";
import type { Announcement } from "../types";

function newsItem(card: Announcement): HTMLElement {
  return h("li", {},
    h("span", { class: "news-headline" }, card.headline),
    card.description ? h("span", { class: "news-story" }, card.description) : null,
    h("span", { class: "news-meta" }, `À partir du trimestre ${card.fromTurn} — notions : ${card.concepts.join(", ")}`));
}

/** The event cards the teacher has played (latest first), as the projector and the teams' pages show them. */
export function marketNews(cards: Announcement[] | null | undefined): HTMLElement {
  return cards && cards.length
    ? h("ol", { class: "news-list" }, ...cards.map(newsItem))
    : h("p", { class: "muted" }, "Aucun événement pour l'instant.");
}
