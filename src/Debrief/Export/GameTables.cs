namespace NrcGame.Debrief;

/// <summary>
/// The whole game as tables, one row per team and turn: the decisions (every field, by its camelCase path), the
/// results (every indicator of <see cref="IndicatorCatalog"/>), both side by side, and the analyse des écarts (one
/// row per team, turn and segment with an objective). Every figure is the engine's, unrounded.
/// </summary>
public static class GameTables
{
    private const string Team = "Équipe", Turn = "Tour";

    /// <summary>Decisions and results side by side (sheet « Partie », the single-file CSV export).</summary>
    public static ExportTable Game(IReadOnlyList<TeamHistory> teams)
    {
        var (decisions, results) = (Decisions(teams), Results(teams));
        return new ExportTable("Partie", [.. decisions.Headers, .. results.Headers.Skip(2)],
            decisions.Rows.Zip(results.Rows, (left, right) => (IReadOnlyList<ExportCell>)[.. left, .. right.Skip(2)]).ToList());
    }

    /// <summary>Every decision field per team and turn (sheet « Décisions »).</summary>
    public static ExportTable Decisions(IReadOnlyList<TeamHistory> teams) =>
        Pivot("Décisions", teams, turn => DecisionFields.Of(turn.Decisions)
            .Select(field => (field.Path, field.Path, field.Number is { } number ? ExportCell.Of(number) : ExportCell.Of(field.Text))));

    /// <summary>Every indicator per team and turn (sheet « Résultats »).</summary>
    public static ExportTable Results(IReadOnlyList<TeamHistory> teams) =>
        Pivot("Résultats", teams, turn => IndicatorCatalog.Of(turn.Result).Select(indicator => (indicator.Key, indicator.Label, ExportCell.Of(indicator.Value))));

    /// <summary>The analyse des écarts per team, turn and segment (sheet « Écarts »).</summary>
    public static ExportTable Variances(IReadOnlyList<TeamHistory> teams) => new(
        "Écarts",
        [Team, Turn, "Segment", "Objectif CA HT", "CA HT réalisé", "Écart", "Écart en %", "Sens", "Prix prévu", "Quantité prévue",
         "Quantité réelle", "Prix réel", "Écart sur quantité", "Écart sur prix"],
        teams.SelectMany(team => VarianceAnalysis.Of(team).Select(variance => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(team.FirmId), ExportCell.Of(variance.Turn), ExportCell.Of(variance.Segment), ExportCell.Of(variance.Objective),
            ExportCell.Of(variance.Actual), ExportCell.Of(variance.Variance), ExportCell.Of(variance.VarianceRate), ExportCell.Of(variance.DirectionLabel),
            ExportCell.Of(variance.PlannedPrice), ExportCell.Of(variance.PlannedUnits), ExportCell.Of(variance.ActualUnits), ExportCell.Of(variance.ActualPrice),
            ExportCell.Of(variance.QuantityVariance), ExportCell.Of(variance.PriceVariance),
        ])).ToList());

    /// <summary>Every table of the game: « Partie », « Décisions », « Résultats », « Écarts ».</summary>
    public static IReadOnlyList<ExportTable> All(IReadOnlyList<TeamHistory> teams) => [Game(teams), Decisions(teams), Results(teams), Variances(teams)];

    /// <summary>
    /// One row per team and turn, one column per key met in any row (in order of first appearance); a key missing from a
    /// row (e.g. a segment not sold, an empty list) is an empty cell.
    /// </summary>
    private static ExportTable Pivot(string name, IReadOnlyList<TeamHistory> teams, Func<TeamTurn, IEnumerable<(string Key, string Header, ExportCell Cell)>> values)
    {
        var rows = teams.SelectMany(team => team.Turns.Select(turn => (team.FirmId, turn.Turn, Values: values(turn).ToList()))).ToList();
        var columns = rows.SelectMany(row => row.Values).DistinctBy(value => value.Key).Select(value => (value.Key, value.Header)).ToList();
        return new ExportTable(name, [Team, Turn, .. columns.Select(column => column.Header)], rows.Select(row =>
        {
            var cells = row.Values.ToDictionary(value => value.Key, value => value.Cell, StringComparer.Ordinal);
            return (IReadOnlyList<ExportCell>)[ExportCell.Of(row.FirmId), ExportCell.Of(row.Turn), .. columns.Select(column => cells.GetValueOrDefault(column.Key, ExportCell.Empty))];
        }).ToList());
    }
}
