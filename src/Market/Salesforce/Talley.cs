namespace NrcGame.Market;

/// <summary>Talley's workload method (market-model.md §3.1): N = Σ required visits / visits of one full-time field rep.</summary>
public static class Talley
{
    /// <summary>Theoretical headcount of full-time field reps, rounded up (§7.1b).</summary>
    public static int Headcount(MarketScenario scenario)
    {
        var parameters = scenario.Salesforce;
        var reps = 0.0;
        foreach (var territory in scenario.Territories)
        {
            foreach (var channel in scenario.Channels)
            {
                var required = MarketCalendar.RequiredVisits(territory, channel);
                if (required <= 0) continue;
                reps += required / (parameters.WorkingDaysPerQuarter * channel.VisitsPerDay * (1 - parameters.AdminShare) * (1 - territory.TravelShare));
            }
        }
        return (int)Math.Ceiling(reps - 1e-9);
    }
}
