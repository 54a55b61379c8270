namespace NrcGame.Grains.Tournaments;

/// <summary>
/// How the markets of a tournament are named: market n of tournament T is the game <c>T-n</c>. The id says which
/// tournament a game belongs to, so the access policy can tell, without asking any grain, that the teacher of T
/// may run game <c>T-2</c> and that a student of <c>T-2</c> may watch T's leaderboard. Pure.
/// </summary>
public static class TournamentMarkets
{
    /// <summary>Fewest markets in a tournament.</summary>
    public const int MinMarkets = 2;

    /// <summary>Most markets in a tournament.</summary>
    public const int MaxMarkets = 8;

    /// <summary>The game id of market <paramref name="number"/> (1-based) of <paramref name="tournamentId"/>.</summary>
    public static string MarketId(string tournamentId, int number) => $"{tournamentId}-{number}";

    /// <summary>The game ids of a tournament's <paramref name="count"/> markets, in order.</summary>
    public static IReadOnlyList<string> MarketIds(string tournamentId, int count) =>
        Enumerable.Range(1, count).Select(number => MarketId(tournamentId, number)).ToList();

    /// <summary>The tournament <paramref name="gameId"/> is a market of; null for a game outside any tournament.</summary>
    public static string? TournamentOf(string gameId)
    {
        var dash = gameId.LastIndexOf('-');
        return dash > 0 && int.TryParse(gameId.AsSpan(dash + 1), System.Globalization.NumberStyles.None, null, out var number)
            && number is >= 1 and <= MaxMarkets && gameId[(dash + 1)..] == number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? gameId[..dash]
            : null;
    }
}
