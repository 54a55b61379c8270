using System.Globalization;
using System.Text;

namespace NrcGame.Debrief.Tests.Export;

public sealed class ExportTests
{
    private static (ScriptedGame Game, IReadOnlyList<TeamHistory> Teams) PlayedGame()
    {
        var game = new ScriptedGame();
        game.Change("f2", decisions => decisions with
        {
            Remuneration = decisions.Remuneration with { CommissionRate = 0.035m },
            Objectives = new Dictionary<string, decimal> { [ScenarioFactory.Professionals] = 120_000m },
        }).Play(2);
        return (game, game.Ids.Select(id => game.History(id) with { TeamName = TeamNames[id], Comments = id == "f2" ? Comments : [] }).ToList());
    }

    private static readonly Dictionary<string, string> TeamNames = new() { ["f1"] = "Les Aigles", ["f2"] = "L'équipe \"Bleue\"", ["f3"] = "=Rouge" };

    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly TurnComment[] Comments =
    [
        new(2, TurnCommentKind.Justification, "Commission plus basse pour financer le fixe.", "Camille", Noon),
        new(2, TurnCommentKind.Annotation, "Vérifiez l'effet sur la motivation.", "Enseignant·e", Noon.AddMinutes(5)),
        new(2, TurnCommentKind.Justification, "Commission à 3,5 % : le fixe rassure les nouveaux.", "Léo", Noon.AddMinutes(9)),
    ];

    private static string Value(List<List<string>> sheet, string firm, int turn, string header)
    {
        var column = sheet[0].IndexOf(header);
        Assert.True(column >= 0, $"Colonne « {header} » absente.");
        return sheet.Single(row => row[1] == firm && row[2] == turn.ToString(CultureInfo.InvariantCulture))[column];
    }

    [Fact]
    public void The_xlsx_has_the_expected_sheets_and_the_engine_figures()
    {
        var (game, teams) = PlayedGame();

        var sheets = XlsxSheets.Read(XlsxExport.Write(GameTables.All(teams)));

        Assert.Equal(["Partie", "Décisions", "Résultats", "Écarts", "Commentaires"], sheets.Keys);
        Assert.Equal(1 + 3 * 2, sheets["Résultats"].Count);
        foreach (var firm in game.Ids)
        {
            foreach (var turn in new[] { 1, 2 })
            {
                foreach (var sheet in new[] { "Partie", "Décisions", "Résultats" })
                    Assert.Equal(TeamNames[firm], sheets[sheet].Single(row => row[1] == firm && row[2] == turn.ToString(CultureInfo.InvariantCulture))[0]);
                var result = game.Result(turn, firm);
                Assert.Equal(result.Sales.RevenueHt, decimal.Parse(Value(sheets["Résultats"], firm, turn, "CA HT"), CultureInfo.InvariantCulture));
                Assert.Equal(result.Statements.Income.NetResult, decimal.Parse(Value(sheets["Résultats"], firm, turn, "Résultat net"), CultureInfo.InvariantCulture));
                Assert.Equal(result.Sales.UnitsSold, decimal.Parse(Value(sheets["Partie"], firm, turn, "Unités vendues"), CultureInfo.InvariantCulture));
            }
        }
        Assert.Equal(0.035m, decimal.Parse(Value(sheets["Décisions"], "f2", 2, "remuneration.commissionRate"), CultureInfo.InvariantCulture));
        Assert.Equal("Persuasive", Value(sheets["Décisions"], "f1", 1, "remuneration.managementStyle"));

        var variance = Assert.Single(sheets["Écarts"].Skip(1), row => row[1] == "f2" && row[2] == "2");
        var sales = game.Result(2, "f2").Sales.Segments.Single(segment => segment.Segment == ScenarioFactory.Professionals);
        Assert.Equal(TeamNames["f2"], variance[0]);
        Assert.Equal(120_000m, decimal.Parse(variance[4], CultureInfo.InvariantCulture));
        Assert.Equal(sales.RevenueHt - 120_000m, decimal.Parse(variance[6], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Justifications_and_annotations_are_exported_latest_beside_the_turn_and_every_version_with_who_and_when()
    {
        var (_, teams) = PlayedGame();

        var sheets = XlsxSheets.Read(XlsxExport.Write(GameTables.All(teams)));

        Assert.Equal("Commission à 3,5 % : le fixe rassure les nouveaux.", Value(sheets["Partie"], "f2", 2, "Justification de l'équipe"));
        Assert.Equal("Vérifiez l'effet sur la motivation.", Value(sheets["Partie"], "f2", 2, "Annotation de l'enseignant·e"));
        Assert.Equal("", Value(sheets["Partie"], "f2", 1, "Justification de l'équipe"));
        Assert.Equal("", Value(sheets["Partie"], "f1", 2, "Annotation de l'enseignant·e"));
        Assert.Equal(
            [
                ["Équipe", "Entreprise", "Trimestre", "Nature", "Texte", "Auteur", "Enregistré le (UTC)"],
                [TeamNames["f2"], "f2", "2", "Justification de l'équipe", "Commission plus basse pour financer le fixe.", "Camille", "10/03/2026 12:00:00"],
                [TeamNames["f2"], "f2", "2", "Annotation de l'enseignant·e", "Vérifiez l'effet sur la motivation.", "Enseignant·e", "10/03/2026 12:05:00"],
                [TeamNames["f2"], "f2", "2", "Justification de l'équipe", "Commission à 3,5 % : le fixe rassure les nouveaux.", "Léo", "10/03/2026 12:09:00"],
            ],
            sheets["Commentaires"]);
    }

    [Fact]
    public void The_csv_is_semicolon_separated_with_decimal_commas_and_a_bom()
    {
        var (game, teams) = PlayedGame();

        var bytes = CsvExport.Write(GameTables.Game(teams));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(1 + 3 * 2 + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        var headers = lines[0].Split(';');
        Assert.Equal(["Équipe", "Entreprise", "Trimestre"], headers[..3]);
        Assert.Equal(["Justification de l'équipe", "Annotation de l'enseignant·e"], headers[^2..]);
        Assert.Contains(lines, line => line.StartsWith("Les Aigles;f1;1;", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("'=Rouge;f3;2;", StringComparison.Ordinal));
        var row = lines.Single(line => line.StartsWith("\"L'équipe \"\"Bleue\"\"\";f2;2;", StringComparison.Ordinal)).Split(';');
        Assert.Equal(headers.Length, row.Length);
        Assert.Equal(["Commission à 3,5 % : le fixe rassure les nouveaux.", "Vérifiez l'effet sur la motivation."], row[^2..]);
        Assert.Equal("0,035", row[Array.IndexOf(headers, "remuneration.commissionRate")]);
        var revenue = game.Result(2, "f2").Sales.RevenueHt;
        Assert.Equal(revenue.ToString(CultureInfo.InvariantCulture).Replace('.', ','), row[Array.IndexOf(headers, "CA HT")]);
    }

    [Fact]
    public void Csv_texts_are_quoted_and_defused()
    {
        var table = new ExportTable("T", ["a;b", "c"], [[ExportCell.Of("dit \"oui\""), ExportCell.Of("=1+1")], [ExportCell.Of(-1234.5m), ExportCell.Empty]]);

        var text = Encoding.UTF8.GetString(CsvExport.Write(table)[3..]);

        Assert.Equal("\"a;b\";c\r\n\"dit \"\"oui\"\"\";'=1+1\r\n-1234,5;\r\n", text);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_follow_the_spreadsheet_letters(int index, string name) => Assert.Equal(name, XlsxExport.ColumnName(index));
}
