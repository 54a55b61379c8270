namespace NrcGame.Market;

/// <summary>
/// Client receivables of one quarter's invoices to one credit class (market-model.md §6.3). Each vintage is
/// collected or written off exactly once: <c>Collected + WrittenOff + Outstanding = InvoicedTtc</c>.
/// </summary>
public sealed record ReceivableVintage
{
    /// <summary>Turn of invoicing.</summary>
    public int Turn { get; init; }

    /// <summary>Credit class id.</summary>
    public string CreditClass { get; init; } = "";

    /// <summary>T, contractual payment terms in days (the escompte day for clients who take it).</summary>
    public double TermsDays { get; init; }

    /// <summary>L_g, payment lag in days (terms + delay, or the escompte day).</summary>
    public double LagDays { get; init; }

    /// <summary>Amount invoiced TTC.</summary>
    public decimal InvoicedTtc { get; init; }

    /// <summary>TVA included in <see cref="InvoicedTtc"/> (recovered on the written-off part).</summary>
    public decimal InvoicedVat { get; init; }

    /// <summary>Amount collected so far.</summary>
    public decimal Collected { get; init; }

    /// <summary>Amount written off so far (pertes sur créances irrécouvrables, TTC).</summary>
    public decimal WrittenOff { get; init; }

    /// <summary>Still to collect.</summary>
    public decimal Outstanding => InvoicedTtc - Collected - WrittenOff;
}
