namespace NrcGame.Market;

/// <summary>Last quarter's sales of the firm in one segment × territory × channel (retailers' and reps' expectations).</summary>
/// <param name="Segment">Segment id.</param>
/// <param name="Territory">Territory id.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="Units">Units sold.</param>
/// <param name="RevenueHt">Net revenue HT (after remises and ristournes).</param>
public sealed record CellSales(string Segment, string Territory, string Channel, long Units, decimal RevenueHt);
