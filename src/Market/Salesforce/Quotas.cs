namespace NrcGame.Market;

/// <summary>Quota rules of market-model.md §4.2.</summary>
public static class Quotas
{
    /// <summary>Share of an over-achievement added to next quarter's quota.</summary>
    public const decimal RatchetUp = 0.6m;

    /// <summary>Share of an under-achievement taken off next quarter's quota.</summary>
    public const decimal RatchetDown = 0.3m;

    /// <summary>Ratchet: Q_next = Q + 60 % × (sales − Q) when sales ≥ Q, Q − 30 % × (Q − sales) otherwise, rounded to the cent.</summary>
    public static decimal Ratchet(decimal lastQuota, decimal lastSales)
    {
        var gap = lastSales - lastQuota;
        return Math.Round(lastQuota + (gap >= 0 ? RatchetUp : RatchetDown) * gap, 2, MidpointRounding.AwayFromZero);
    }
}
