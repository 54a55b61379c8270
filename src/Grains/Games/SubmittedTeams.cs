namespace NrcGame.Grains.Games;

/// <summary>
/// Which teams have sent decisions for a turn: a small storage row of the game's own (state name <c>submitted</c>),
/// written at every submission and withdrawal instead of the game's whole state, whose standings and news grow with
/// every turn.
/// </summary>
[GenerateSerializer]
public sealed class SubmittedTeams
{
    /// <summary>The turn the set is about; a set about another turn than the open one says nobody has submitted it yet.</summary>
    [Id(0)] public int Turn { get; set; }

    /// <summary>The firms that sent decisions for <see cref="Turn"/> (and did not withdraw them).</summary>
    [Id(1)] public HashSet<string> Firms { get; set; } = [];
}
