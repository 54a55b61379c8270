namespace NrcGame.Market.Accounting;

/// <summary>
/// Rounding rule of the ledger boundary: every amount posted in the ledger is a whole number of
/// cents, rounded half away from zero ("arrondi commercial" taught in French courses).
/// Formulas stay unrounded; only what is posted or displayed is rounded.
/// </summary>
public static class Money
{
    /// <summary>Rounds an amount to the cent, half away from zero (12,345 € → 12,35 €).</summary>
    public static decimal RoundToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when the amount is a whole number of cents, i.e. can be posted as is.</summary>
    public static bool IsWholeCents(decimal amount) => amount == RoundToCents(amount);
}
