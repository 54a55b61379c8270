using System.Security.Cryptography;

namespace NrcGame.WebClient.Api;

/// <summary>Public game and tournament identifiers: short, readable, not secret.</summary>
public static class GameIds
{
    private const string Alphabet = "abcdefghjkmnpqrstvwxyz23456789";
    private const int Length = 10;

    /// <summary>A fresh random game id.</summary>
    public static string New() =>
        new(Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    /// <summary>
    /// True when <paramref name="id"/> could be a game id (checked before touching a grain): a fresh id, or a market
    /// of a tournament (<c>{tournament id}-{n}</c>, <see cref="Grains.Tournaments.TournamentMarkets"/>).
    /// </summary>
    public static bool IsWellFormed(string id) =>
        IsFresh(id) || (Grains.Tournaments.TournamentMarkets.TournamentOf(id) is { } tournamentId && IsFresh(tournamentId));

    /// <summary>True when <paramref name="id"/> has the shape of <see cref="New"/>'s ids (games and tournaments).</summary>
    public static bool IsFresh(string id) => id.Length == Length && id.All(Alphabet.Contains);
}
