namespace NrcGame.Debrief;

/// <summary>Builds the analyse des écarts of a firm: one <see cref="ObjectiveVariance"/> per turn and segment with an objective and a list price.</summary>
public static class VarianceAnalysis
{
    /// <summary>The écarts of every turn of <paramref name="history"/>, by turn then in the order of the segments sold.</summary>
    public static IReadOnlyList<ObjectiveVariance> Of(TeamHistory history) => history.Turns.SelectMany(Of).ToList();

    /// <summary>The écarts of one turn: segments whose objective and list price are positive.</summary>
    public static IReadOnlyList<ObjectiveVariance> Of(TeamTurn turn) =>
        (from sales in turn.Result.Sales.Segments
         let objective = turn.Decisions.Objectives.GetValueOrDefault(sales.Segment)
         let price = turn.Decisions.Pricing.ListPrice.GetValueOrDefault(sales.Segment)
         where objective > 0 && price > 0
         select new ObjectiveVariance
         {
             Segment = sales.Segment,
             Turn = turn.Turn,
             Objective = objective,
             Actual = sales.RevenueHt,
             PlannedPrice = price,
             ActualUnits = sales.UnitsSold,
         }).ToList();
}
