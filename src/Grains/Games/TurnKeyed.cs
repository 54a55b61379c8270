namespace NrcGame.Grains.Games;

/// <summary>A piece of a grain's state that belongs to one resolved turn.</summary>
public interface ITurnKeyed
{
    /// <summary>The turn it belongs to (1-based).</summary>
    int Turn { get; }
}

/// <summary>
/// How the grains that receive their part of each resolution keep it: one entry per turn, so that
/// receiving a turn again (a retried resolution) overwrites it and a roll-back removes it.
/// </summary>
public static class TurnKeyed
{
    /// <summary>Stores <paramref name="entry"/> as the only entry of its turn, keeping the list in turn order.</summary>
    public static void Upsert<T>(this List<T> entries, T entry) where T : ITurnKeyed
    {
        entries.RemoveAll(existing => existing.Turn == entry.Turn);
        entries.Add(entry);
        entries.Sort((left, right) => left.Turn.CompareTo(right.Turn));
    }

    /// <summary>Removes the entries of <paramref name="turn"/> and of every later turn; true when something was removed.</summary>
    public static bool RemoveFrom<T>(this List<T> entries, int turn) where T : ITurnKeyed =>
        entries.RemoveAll(existing => existing.Turn >= turn) > 0;
}
