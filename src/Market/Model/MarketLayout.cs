namespace NrcGame.Market;

/// <summary>
/// Index of a scenario for one turn: the segment × territory × channel cells where a segment buys through a
/// channel (w_s,c &gt; 0, market-model.md §8.1), the territory × channel "visit cells" with a Talley workload, and
/// the per-turn base volumes. Built once per resolution; read-only afterwards.
/// </summary>
internal sealed class MarketLayout
{
    public MarketLayout(MarketScenario scenario, int turn, int firmCount)
    {
        Scenario = scenario;
        Turn = turn;
        FirmCount = firmCount;
        for (var t = 0; t < scenario.Territories.Count; t++) TerritoryIndex[scenario.Territories[t].Id] = t;
        for (var c = 0; c < scenario.Channels.Count; c++) ChannelIndex[scenario.Channels[c].Id] = c;
        VisitCellOf = new int[scenario.Territories.Count, scenario.Channels.Count];
        for (var t = 0; t < scenario.Territories.Count; t++)
        {
            for (var c = 0; c < scenario.Channels.Count; c++)
            {
                var required = MarketCalendar.RequiredVisits(scenario.Territories[t], scenario.Channels[c]);
                VisitCellOf[t, c] = required > 0 ? VisitCells.Count : -1;
                if (required > 0) VisitCells.Add(new VisitCell(t, c, required));
            }
        }
        FieldVisitRates = VisitCells.Select(cell => scenario.Channels[cell.Channel].VisitsPerDay * (1 - scenario.Territories[cell.Territory].TravelShare)).ToArray();
        InsideVisitRates = VisitCells.Select(cell => scenario.Channels[cell.Channel].VisitsPerDay * scenario.Salesforce.InsideSalesVisitFactor).ToArray();
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            var segment = scenario.Segments[s];
            var mix = scenario.CreditClasses.Select(credit => segment.CreditMix.TryGetValue(credit.Id, out var share) ? share : 0.0).ToArray();
            for (var t = 0; t < scenario.Territories.Count; t++)
            {
                var baseVolume = MarketCalendar.BaseVolume(scenario, segment, scenario.Territories[t].Id, turn);
                for (var c = 0; c < scenario.Channels.Count; c++)
                {
                    var weight = MarketCalendar.ChannelWeight(segment, scenario.Channels[c].Id);
                    if (weight <= 0) continue;
                    var reference = ScenarioStart.ReferenceUnits(scenario, segment, scenario.Territories[t].Id, weight, turn - 1, firmCount)
                                    * MarketCalendar.ReferenceNetPrice(segment, scenario.Channels[c]);
                    Cells.Add(new MarketCell(Cells.Count, s, t, c, VisitCellOf[t, c], baseVolume * weight, mix, reference));
                }
            }
        }
    }

    public MarketScenario Scenario { get; }

    public int Turn { get; }

    public int FirmCount { get; }

    public Dictionary<string, int> TerritoryIndex { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ChannelIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>Visit cell index of (territory, channel), −1 when there is no workload.</summary>
    public int[,] VisitCellOf { get; }

    public List<VisitCell> VisitCells { get; } = [];

    /// <summary>Visits per day of a field rep in each visit cell, net of the territory's travel share.</summary>
    public double[] FieldVisitRates { get; }

    /// <summary>Contacts per day of an inside (phone) rep in each visit cell: no travel.</summary>
    public double[] InsideVisitRates { get; }

    public List<MarketCell> Cells { get; } = [];

    public int ClassCount => Scenario.CreditClasses.Count;

    public SegmentDefinition Segment(MarketCell cell) => Scenario.Segments[cell.Segment];

    public ChannelDefinition Channel(MarketCell cell) => Scenario.Channels[cell.Channel];

    public TerritoryDefinition Territory(MarketCell cell) => Scenario.Territories[cell.Territory];
}

/// <summary>A territory × channel with a Talley workload W (required visits).</summary>
internal readonly record struct VisitCell(int Territory, int Channel, double RequiredVisits);

/// <summary>
/// A segment × territory × channel cell: its base volume M·SI·outlook·w, the credit mix of its buyers, and the
/// revenue of a reference firm last quarter (the retailers' yardstick, §5.2).
/// </summary>
internal sealed record MarketCell(int Index, int Segment, int Territory, int Channel, int VisitCell, double BaseVolume, double[] CreditMix, decimal ReferenceLastRevenue);
