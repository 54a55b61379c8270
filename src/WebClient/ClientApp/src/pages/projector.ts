import { countdown } from "../components/countdown";
import { h, mount } from "../dom";
import { percent, number } from "../format";
import { marketNews } from "../components/marketNews";
import { watchGame } from "../live";
import type { GameSummary } from "../types";
import "./projector.css";

/** Full-screen view for the classroom projector: turn, countdown, who has submitted, public standings and news. */
export function showProjector(): () => void {
  document.body.classList.add("projector");
  const title = h("h1", { "data-testid": "projector-title" }, "NRC Game");
  const turn = h("p", { class: "projector-turn", "data-testid": "projector-turn" });
  const timer = countdown();
  const teams = h("ul", { class: "projector-teams" });
  const board = h("div", { class: "projector-board" });
  const news = h("section", { class: "projector-news", "aria-labelledby": "news-title", "data-testid": "projector-news" });
  const status = h("span", { class: "live-state" }, "Connexion…");

  function render(summary: GameSummary): void {
    title.textContent = summary.title;
    turn.textContent = summary.status === "Finished"
      ? "Partie terminée — classement final"
      : summary.status === "Lobby" ? "Les équipes rejoignent la partie…" : `Trimestre ${summary.currentTurn} sur ${summary.turnCount}`;
    timer.update(summary);
    teams.replaceChildren(...summary.teams.map((team) =>
      h("li", { class: team.hasSubmitted ? "submitted" : "pending" }, team.name, team.hasSubmitted ? " ✔" : "")));
    news.replaceChildren(h("h2", { id: "news-title" }, "Actualité du marché"), marketNews(summary.news));
    board.replaceChildren(summary.standings.length === 0
      ? h("p", { class: "muted" }, "Le classement s'affichera après le premier trimestre.")
      : h("table", { class: "projector-standings", "data-testid": "projector-standings", "data-turn": summary.lastResolvedTurn },
          h("caption", {}, `Classement après le trimestre ${summary.lastResolvedTurn}`),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Rang"), h("th", { scope: "col" }, "Équipe"), h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "Part de marché (valeur)"))),
          h("tbody", {}, ...summary.standings.map((row) => h("tr", {},
            h("td", {}, String(row.rank)), h("th", { scope: "row" }, row.name), h("td", {}, number(row.score)), h("td", {}, percent(row.valueShare)))))));
  }

  mount(h("div", { class: "projector-head" }, title, status), turn, timer.element, teams, h("div", { class: "projector-layout" }, board, news));
  const unwatch = watchGame(render, (state) => (status.textContent = state));
  return () => {
    document.body.classList.remove("projector");
    timer.stop();
    unwatch();
  };
}
