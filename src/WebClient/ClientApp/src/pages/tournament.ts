import { api } from "../api";
import { commandButton } from "../components/commandButton";
import { errorBox, type ErrorBox } from "../components/errors";
import { createTournamentForm, tournamentSignInForm } from "../components/tournament/createTournamentForm";
import { marketControls } from "../components/tournament/marketControls";
import { leaderboardTable, marketProgress, normalizationNote } from "../components/tournament/leaderboardTable";
import { h, mount } from "../dom";
import { currentSession } from "../session";
import { watchTournament } from "../tournamentLive";
import type { MarketProgress, TournamentLeaderboard } from "../types";

/** How often a visitor without a session (public leaderboard) reloads it; members receive it live instead. */
const publicRefreshMs = 20000;

/** Whether the tab's session belongs to the tournament: its teacher, or a member of one of its markets (game `{id}-n`). */
function isMember(tournamentId: string): boolean {
  const session = currentSession();
  if (!session) return false;
  return session.role === "TournamentTeacher" ? session.gameId === tournamentId : new RegExp(`^${tournamentId}-\\d+$`).test(session.gameId);
}

/** The tournament teacher's controls: every market at once. */
function teacherControls(tournamentId: string, errors: ErrorBox, onLeaderboard: (leaderboard: TournamentLeaderboard) => void): HTMLElement {
  const command = (label: string, path: string, secondary = false) => commandButton<TournamentLeaderboard>(label,
    () => `/api/tournaments/${tournamentId}/${path}`, errors, onLeaderboard,
    { body: path === "start-all" ? () => ({ minutes: null }) : undefined, secondary, attributes: { "data-testid": path } });
  return h("section", { class: "card", "aria-labelledby": "tournament-teacher-title" },
    h("h2", { id: "tournament-teacher-title" }, "Pilotage de tous les marchés"),
    h("p", { class: "hint" }, "Chaque marché se pilote aussi seul, avec les boutons de sa ligne dans la liste des marchés."),
    h("div", { class: "actions" },
      command("Ouvrir le premier trimestre partout", "start-all", true),
      command("Suspendre partout", "pause-all", true),
      command("Reprendre partout", "resume-all", true),
      command("Clore et résoudre le trimestre de tous les marchés", "resolve-all")),
    errors.element);
}

/**
 * The tournament page. #/tournoi: create a tournament or sign in to one. #/tournoi/<id>: its global ranking (public,
 * read-only), live for its teacher and the members of its markets, with the teacher's controls for all markets.
 */
export function showTournament(tournamentId?: string): () => void {
  if (!tournamentId) {
    mount(h("h1", {}, "Tournois"), h("div", { class: "columns" }, createTournamentForm(), tournamentSignInForm()));
    return () => {};
  }
  const title = h("h1", { "data-testid": "tournament-title" }, "Tournoi");
  const subtitle = h("p", { class: "muted" });
  const status = h("span", { class: "live-state" }, "Connexion…");
  const markets = h("div", {});
  const board = h("div", {});
  const errors = errorBox();
  const session = currentSession();
  const teacher = session?.role === "TournamentTeacher" && session.gameId === tournamentId;
  const commandErrors = errorBox();
  const load = () => api.get<TournamentLeaderboard>(`/api/tournaments/${tournamentId}/leaderboard`);
  const render = (leaderboard: TournamentLeaderboard): void => {
    title.textContent = leaderboard.title;
    subtitle.textContent = `Scénario : ${leaderboard.scenarioTitle} — ${leaderboard.markets.length} marchés`;
    const controls = (market: MarketProgress) => marketControls(market, commandErrors, () => void load().then(render, (error) => commandErrors.show(error)));
    markets.replaceChildren(marketProgress(leaderboard, teacher ? controls : undefined));
    board.replaceChildren(leaderboardTable(leaderboard));
  };
  mount(h("div", { class: "page-head" }, title, status), subtitle, errors.element,
    h("div", { class: "columns tournament-layout" },
      h("section", { class: "card", "aria-label": "Classement général" }, board, normalizationNote()),
      h("div", { class: "stack" },
        h("section", { class: "card", "aria-labelledby": "markets-title" }, h("h2", { id: "markets-title" }, "Marchés"), markets),
        teacher ? teacherControls(tournamentId, commandErrors, render) : null)));

  if (isMember(tournamentId)) return watchTournament(tournamentId, render, (state) => (status.textContent = state));
  const refresh = () => load()
    .then((leaderboard) => { errors.clear(); render(leaderboard); status.textContent = "Mis à jour toutes les 20 s"; })
    .catch((error) => errors.show(error));
  void refresh();
  const timer = setInterval(refresh, publicRefreshMs);
  return () => clearInterval(timer);
}
