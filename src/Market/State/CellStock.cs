namespace NrcGame.Market;

/// <summary>A value carried per territory × channel: the salesforce stock S or the distribution DV.</summary>
/// <param name="Territory">Territory id.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="Value">The value.</param>
public sealed record CellStock(string Territory, string Channel, double Value)
{
    /// <summary>The value of the territory × channel in <paramref name="stocks"/> (the first match), 0 when absent.</summary>
    internal static double Of(IReadOnlyList<CellStock> stocks, string territory, string channel)
    {
        for (var k = 0; k < stocks.Count; k++)
        {
            var stock = stocks[k];
            if (stock.Territory == territory && stock.Channel == channel) return stock.Value;
        }
        return 0;
    }
}
