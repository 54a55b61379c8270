import * as signalR from "@microsoft/signalr";
import { currentSession } from "./session";
import type { TournamentLeaderboard } from "./types";

/**
 * Follows a tournament's leaderboard live (its teacher, or any member of one of its markets): joins the tournament's
 * group with WatchTournament, again after each reconnection, and hands over every new leaderboard.
 */
export function watchTournament(
  tournamentId: string,
  onLeaderboard: (leaderboard: TournamentLeaderboard) => void,
  onState: (state: string) => void,
): () => void {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/game", { accessTokenFactory: () => currentSession()?.token ?? "" })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(1000 * 2 ** retry.previousRetryCount, 10000) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("leaderboardChanged", onLeaderboard);
  const join = async (): Promise<void> => {
    const current = await connection.invoke<TournamentLeaderboard | null>("WatchTournament", tournamentId);
    if (current) onLeaderboard(current);
    onState("En direct");
  };
  connection.onreconnecting(() => onState("Reconnexion…"));
  connection.onreconnected(() => void join().catch(() => onState("Hors ligne")));
  let stopped = false;
  const start = async (): Promise<void> => {
    try {
      await connection.start();
      await join();
    } catch {
      onState("Hors ligne — nouvelle tentative…");
      if (!stopped) setTimeout(start, 3000);
    }
  };
  void start();
  return () => {
    stopped = true;
    void connection.stop();
  };
}
