namespace NrcGame.Debrief;

/// <summary>The three figures the decomposition explains: units sold, CA net HT and résultat net of one firm in one turn (or a change of them).</summary>
/// <param name="Units">Units sold, all segments.</param>
/// <param name="RevenueHt">CA net HT, all segments (€).</param>
/// <param name="NetResult">Résultat net of the quarter (€).</param>
public readonly record struct SalesAndProfit(decimal Units, decimal RevenueHt, decimal NetResult)
{
    /// <summary>The figures of a firm's turn.</summary>
    public static SalesAndProfit Of(FirmTurnResult result) =>
        new(result.Sales.UnitsSold, result.Sales.RevenueHt, result.Statements.Income.NetResult);

    /// <summary>Zero on every figure.</summary>
    public static SalesAndProfit Zero => default;

    /// <summary>Figure-by-figure sum.</summary>
    public static SalesAndProfit operator +(SalesAndProfit left, SalesAndProfit right) =>
        new(left.Units + right.Units, left.RevenueHt + right.RevenueHt, left.NetResult + right.NetResult);

    /// <summary>Figure-by-figure difference.</summary>
    public static SalesAndProfit operator -(SalesAndProfit left, SalesAndProfit right) =>
        new(left.Units - right.Units, left.RevenueHt - right.RevenueHt, left.NetResult - right.NetResult);
}
