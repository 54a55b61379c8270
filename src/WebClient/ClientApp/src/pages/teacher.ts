import { api } from "../api";
import { errorBox } from "../components/errors";
import { standingsTable } from "../components/standings";
import { h, mount } from "../dom";
import { watchGame } from "../live";
import { endSession, type Session } from "../session";
import type { GameCreated, GameSummary } from "../types";

/** The teacher's console: codes to hand out, who has submitted, resolve the turn, live standings. */
export function showTeacher(session: Session): () => void {
  const created = sessionStorage.getItem(`nrcgame.created.${session.gameId}`);
  const secrets = created ? (JSON.parse(created) as GameCreated) : null;
  const status = h("span", { class: "live-state", "data-testid": "live-state" }, "Connexion…");
  const board = h("section", { class: "card", "aria-labelledby": "board-title" });
  const standings = h("section", { class: "card" });
  const errors = errorBox();
  const resolveButton = h("button", { type: "button", "data-testid": "resolve" }, "Clôturer et résoudre le trimestre");
  resolveButton.addEventListener("click", async () => {
    errors.clear();
    resolveButton.disabled = true;
    try {
      render(await api.post<GameSummary>(`/api/games/${session.gameId}/turns/current/resolve`));
    } catch (error) {
      errors.show(error);
    } finally {
      resolveButton.disabled = false;
    }
  });

  function render(summary: GameSummary): void {
    const finished = summary.status === "Finished";
    resolveButton.hidden = finished;
    resolveButton.textContent = `Clôturer et résoudre le trimestre ${summary.currentTurn}`;
    board.replaceChildren(
      h("h2", { id: "board-title" }, finished ? "Partie terminée" : `Trimestre ${summary.currentTurn} sur ${summary.turnCount} — ouvert`),
      h("ul", { class: "teams", "data-testid": "team-status" }, ...summary.teams.map((team) =>
        h("li", { class: team.hasSubmitted ? "submitted" : "pending" }, h("strong", {}, team.name), " : ",
          team.hasSubmitted ? "décisions envoyées" : "en cours (les décisions précédentes seront reconduites)"))),
      errors.element,
      resolveButton);
    standings.replaceChildren(standingsTable(summary));
  }

  const codes = secrets
    ? h("section", { class: "card secrets", "aria-labelledby": "codes-title" },
        h("h2", { id: "codes-title" }, "À distribuer"),
        h("p", { class: "warning" }, "Notez la clé enseignant maintenant : elle n'est affichée qu'une fois et permet de reprendre la partie."),
        h("p", {}, "Identifiant de la partie : ", h("code", { "data-testid": "game-id" }, secrets.gameId)),
        h("p", {}, "Clé enseignant : ", h("code", { "data-testid": "teacher-key" }, secrets.teacherKey)),
        h("table", { "data-testid": "join-codes" }, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Équipe"), h("th", { scope: "col" }, "Code d'équipe"))),
          h("tbody", {}, ...secrets.teams.map((team) => h("tr", { "data-firm": team.firmId }, h("th", { scope: "row" }, team.name), h("td", {}, h("code", { class: "join-code" }, team.joinCode)))))))
    : null;

  const leave = h("button", { type: "button", class: "secondary" }, "Quitter");
  leave.addEventListener("click", () => { endSession(); location.hash = "#/"; });
  const heading = h("h1", {}, "Console enseignant");
  mount(h("div", { class: "page-head" }, heading, status, leave), h("div", { class: "columns" }, h("div", { class: "stack" }, board, codes), standings));

  api.get<GameSummary>(`/api/games/${session.gameId}`).then((summary) => {
    heading.textContent = `Console enseignant — ${summary.title}`;
    render(summary);
  }, (error) => errors.show(error));
  return watchGame(render, (state) => (status.textContent = state));
}
