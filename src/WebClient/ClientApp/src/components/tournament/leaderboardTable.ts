import { h } from "../../dom";
import { number } from "../../format";
import type { GameStatus, MarketProgress, TournamentLeaderboard } from "../../types";
import { stacked } from "../stacked";

const statusLabel: Record<GameStatus, string> = {
  None: "inexistant",
  Lobby: "en attente des équipes",
  TurnOpen: "trimestre ouvert",
  Paused: "trimestre suspendu",
  Finished: "terminé",
};

/** Where each market stands: its turn and its status, followed by the teacher's controls of that market when given. */
export function marketProgress(leaderboard: TournamentLeaderboard, controls: (market: MarketProgress) => HTMLElement | null = () => null): HTMLElement {
  return h("ul", { class: "tournament-markets", "data-testid": "tournament-markets" }, ...leaderboard.markets.map((market) =>
    h("li", { "data-status": market.status },
      h("strong", {}, `Marché ${market.number}`),
      ` — ${market.status === "Lobby" || market.status === "Finished" ? statusLabel[market.status] : `trimestre ${market.currentTurn} sur ${market.turnCount}, ${statusLabel[market.status]}`}`,
      market.lastResolvedTurn > 0 ? h("span", { class: "muted" }, ` (classement après le trimestre ${market.lastResolvedTurn})`) : null,
      controls(market))));
}

/** The global ranking: every team of every market, with its rank in its market and its normalized score. */
export function leaderboardTable(leaderboard: TournamentLeaderboard): HTMLElement {
  if (leaderboard.ranking.length === 0) {
    return h("p", { class: "muted", "data-testid": "tournament-empty" }, "Le classement général s'affichera après le premier trimestre résolu.");
  }
  const numbers = new Map(leaderboard.markets.map((market) => [market.gameId, market.number]));
  return h("div", { class: "table-scroll" }, stacked(h("table", { class: "standings tournament-ranking", "data-testid": "tournament-ranking" },
    h("caption", {}, "Classement général du tournoi"),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, "Rang"), h("th", { scope: "col" }, "Équipe"), h("th", { scope: "col" }, "Marché"),
      h("th", { scope: "col" }, "Rang dans le marché"), h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "Score normalisé"))),
    h("tbody", {}, ...leaderboard.ranking.map((team) => h("tr", { class: team.isBot ? "bot" : "" },
      h("td", {}, String(team.rank)),
      h("th", { scope: "row" }, team.name, team.isBot ? h("span", { class: "muted" }, " (robot)") : null),
      h("td", {}, `Marché ${numbers.get(team.marketId) ?? "?"}`),
      h("td", {}, String(team.marketRank)),
      h("td", {}, number(team.score)),
      h("td", {}, number(team.normalizedScore))))))));
}

/** How the normalized score is computed, in the class's words. */
export function normalizationNote(): HTMLElement {
  return h("p", { class: "hint" },
    "Score normalisé = 50 + 10 × (score − moyenne du marché) ÷ écart-type du marché. 50 correspond à l'équipe moyenne de son marché, ",
    "60 à un écart-type au-dessus : chaque équipe est comparée aux équipes de son propre marché, ce qui rend équitable le classement entre marchés.");
}
