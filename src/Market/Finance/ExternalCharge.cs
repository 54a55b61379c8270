namespace NrcGame.Market;

/// <summary>An external charge of the quarter (class 62/61), fixed or variable in the sense of §7.2.</summary>
/// <param name="Kind">What it pays for.</param>
/// <param name="Account">PCG account.</param>
/// <param name="Label">French label of the entry.</param>
/// <param name="Amount">Amount HT.</param>
/// <param name="Vatable">Whether the supplier invoices TVA (deductible).</param>
/// <param name="Variable">Whether the charge varies with sales (coût variable) rather than being fixed.</param>
internal sealed record ExternalCharge(ExternalChargeKind Kind, string Account, string Label, decimal Amount, bool Vatable, bool Variable)
{
    /// <summary>The amount rounded to the cent (decisions may carry more decimals than the ledger accepts).</summary>
    public decimal Amount { get; } = Bookkeeping.Cents(Amount);
}
