namespace NrcGame.Debrief;

/// <summary>
/// The whole game as tables, one row per team and turn: the decisions (every field, by its camelCase path), the
/// results (every indicator of <see cref="IndicatorCatalog"/>), both side by side with the latest justification and
/// annotation, the analyse des écarts (one row per team, turn and segment with an objective) and every saved comment.
/// Each row names the team (its name and its firm id). Every figure is the engine's, unrounded.
/// </summary>
public static class GameTables
{
    private const string Team = "Équipe", Firm = "Entreprise", Turn = "Trimestre";
    private const int KeyColumns = 3;

    /// <summary>Decisions, results and the turn's latest comments side by side (sheet « Partie », the single-file CSV export).</summary>
    public static ExportTable Game(IReadOnlyList<TeamHistory> teams)
    {
        var (decisions, results) = (Decisions(teams), Results(teams));
        var comments = teams.SelectMany(team => team.Turns.Select(turn =>
            TurnComment.Kinds.Select(kind => ExportCell.Of(team.LatestComment(turn.Turn, kind)?.Text ?? "")))).ToList();
        return new ExportTable("Partie", [.. decisions.Headers, .. results.Headers.Skip(KeyColumns), .. TurnComment.Kinds.Select(TurnComment.LabelOf)],
            decisions.Rows.Zip(results.Rows, comments)
                .Select(row => (IReadOnlyList<ExportCell>)[.. row.First, .. row.Second.Skip(KeyColumns), .. row.Third]).ToList());
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
        [Team, Firm, Turn, "Segment", "Objectif CA HT", "CA HT réalisé", "Écart", "Écart en %", "Sens", "Prix prévu", "Quantité prévue",
         "Quantité réelle", "Prix réel", "Écart sur quantité", "Écart sur prix"],
        teams.SelectMany(team => VarianceAnalysis.Of(team).Select(variance => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(team.TeamName), ExportCell.Of(team.FirmId), ExportCell.Of(variance.Turn), ExportCell.Of(variance.Segment), ExportCell.Of(variance.Objective),
            ExportCell.Of(variance.Actual), ExportCell.Of(variance.Variance), ExportCell.Of(variance.VarianceRate), ExportCell.Of(variance.DirectionLabel),
            ExportCell.Of(variance.PlannedPrice), ExportCell.Of(variance.PlannedUnits), ExportCell.Of(variance.ActualUnits), ExportCell.Of(variance.ActualPrice),
            ExportCell.Of(variance.QuantityVariance), ExportCell.Of(variance.PriceVariance),
        ])).ToList());

    /// <summary>Every saved version of the justifications and annotations, team by team, oldest first (sheet « Commentaires »).</summary>
    public static ExportTable Comments(IReadOnlyList<TeamHistory> teams) => new(
        "Commentaires",
        [Team, Firm, Turn, "Nature", "Texte", "Auteur", "Enregistré le (UTC)"],
        teams.SelectMany(team => team.Comments.Select(comment => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(team.TeamName), ExportCell.Of(team.FirmId), ExportCell.Of(comment.Turn), ExportCell.Of(comment.KindLabel),
            ExportCell.Of(comment.Text), ExportCell.Of(comment.Author),
            ExportCell.Of(comment.At.UtcDateTime.ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
        ])).ToList());

    /// <summary>Every table of the game: « Partie », « Décisions », « Résultats », « Écarts », « Commentaires ».</summary>
    public static IReadOnlyList<ExportTable> All(IReadOnlyList<TeamHistory> teams) =>
        [Game(teams), Decisions(teams), Results(teams), Variances(teams), Comments(teams)];

    /// <summary>
    /// One row per team and turn, one column per key met in any row (in order of first appearance); a key missing from a
    /// row (e.g. a segment not sold, an empty list) is an empty cell.
    /// </summary>
    private static ExportTable Pivot(string name, IReadOnlyList<TeamHistory> teams, Func<TeamTurn, IEnumerable<(string Key, string Header, ExportCell Cell)>> values)
    {
        var rows = teams.SelectMany(team => team.Turns.Select(turn => (team.TeamName, team.FirmId, turn.Turn, Values: values(turn).ToList()))).ToList();
        var columns = rows.SelectMany(row => row.Values).DistinctBy(value => value.Key).Select(value => (value.Key, value.Header)).ToList();
        return new ExportTable(name, [Team, Firm, Turn, .. columns.Select(column => column.Header)], rows.Select(row =>
        {
            var cells = row.Values.ToDictionary(value => value.Key, value => value.Cell, StringComparer.Ordinal);
            return (IReadOnlyList<ExportCell>)[ExportCell.Of(row.TeamName), ExportCell.Of(row.FirmId), ExportCell.Of(row.Turn),
                .. columns.Select(column => cells.GetValueOrDefault(column.Key, ExportCell.Empty))];
        }).ToList());
    }
}
