namespace NrcGame.Market;

/// <summary>Hire <paramref name="Count"/> reps of a given contract; they arrive after the hiring lead time (§3.3).</summary>
/// <param name="Status">Contract of the new reps.</param>
/// <param name="Count">How many (0–20).</param>
public sealed record HireOrder(RepStatus Status, int Count);
