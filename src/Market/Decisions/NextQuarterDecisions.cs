namespace NrcGame.Market;

/// <summary>
/// The decisions a firm starts the next quarter from. Standing decisions (prices and terms, pay plan,
/// allocation, promotion, purchases, objectives, training) carry over; the quarter's one-off orders
/// (hires, dismissals, market studies) do not: a team that changes nothing does not hire, dismiss or
/// buy studies again, and a dismissed rep's id does not come back into its draft. A time split of a rep
/// who has left (dismissed or resigned) does not carry over either: it would name a rep no longer in the team.
/// </summary>
public static class NextQuarterDecisions
{
    /// <summary>The decisions of <paramref name="played"/> that still stand the quarter after, for the team of <paramref name="next"/>.</summary>
    public static FirmDecisions From(FirmDecisions played, FirmState next)
    {
        var team = next.Reps.Select(rep => rep.Id).ToHashSet(StringComparer.Ordinal);
        return played with
        {
            Staffing = played.Staffing with { Hires = [], Dismissals = [] },
            Allocation = played.Allocation with { PerRep = played.Allocation.PerRep.Where(split => team.Contains(split.Key)).ToDictionary() },
            Studies = [],
        };
    }
}
