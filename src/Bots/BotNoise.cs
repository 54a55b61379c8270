namespace NrcGame.Bots;

/// <summary>
/// Deterministic noise of a bot: a value in [−1, 1] from a SplitMix64 hash of (game seed, firm, turn, what),
/// so that the same game replays with the same bot decisions.
/// </summary>
public static class BotNoise
{
    /// <summary>The noise of one draw.</summary>
    public static double Draw(ulong seed, string firmId, int turn, string what)
    {
        var state = seed ^ 0x5DEECE66DUL;
        foreach (var part in $"{firmId}|{turn}|{what}") state = Mix(state ^ part);
        return Mix(state) / (double)ulong.MaxValue * 2 - 1;
    }

    private static ulong Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
