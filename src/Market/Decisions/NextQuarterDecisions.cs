namespace NrcGame.Market;

/// <summary>
/// The decisions a firm starts the next quarter from. Standing decisions (prices and terms, pay plan,
/// allocation, promotion, purchases, objectives, training) carry over; the quarter's one-off orders
/// (hires, dismissals, market studies) do not: a team that changes nothing does not hire, dismiss or
/// buy studies again, and a dismissed rep's id does not come back into its draft.
/// </summary>
public static class NextQuarterDecisions
{
    /// <summary>The decisions of <paramref name="played"/> that still stand the quarter after.</summary>
    public static FirmDecisions From(FirmDecisions played) => played with
    {
        Staffing = played.Staffing with { Hires = [], Dismissals = [] },
        Studies = [],
    };
}
