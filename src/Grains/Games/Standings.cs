using NrcGame.Market;

namespace NrcGame.Grains.Games;

/// <summary>Turns the engine's ranking of a resolved turn into the public standings table.</summary>
public static class Standings
{
    /// <summary>One row per firm, best rank first, with the figures the class sees.</summary>
    public static List<StandingRow> From(TurnOutcome outcome, IReadOnlyList<FirmSeat> seats)
    {
        var names = seats.ToDictionary(seat => seat.FirmId, seat => seat.Name);
        return outcome.News.Standings
            .OrderBy(standing => standing.Rank)
            .Select(standing =>
            {
                var firm = outcome.Firms[standing.FirmId];
                return new StandingRow(
                    standing.Rank,
                    standing.FirmId,
                    names[standing.FirmId],
                    Math.Round((decimal)standing.Score, 1),
                    firm.Sales.RevenueHt,
                    firm.Statements.Income.NetResult,
                    Math.Round((decimal)firm.Sales.ValueShare, 4));
            })
            .ToList();
    }
}
