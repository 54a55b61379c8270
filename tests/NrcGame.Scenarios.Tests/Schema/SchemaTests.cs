using System.Text.Json.Nodes;

namespace NrcGame.Scenarios.Tests;

/// <summary>The published schema documents the format: every shipped file conforms to it, and it catches what it claims to.</summary>
public sealed class SchemaTests
{
    private static readonly SchemaChecker Checker =
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.ScenariosFolder, "scenario.schema.json")))!.AsObject());

    public static TheoryData<string> ShippedFiles => new(Directory.GetFiles(Repository.ScenariosFolder, "*.json")
        .Where(path => !path.EndsWith(".schema.json", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void A_shipped_file_conforms_to_the_schema(string file)
    {
        var violations = Checker.Check(JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.ScenariosFolder, file))));

        Assert.Empty(violations);
    }

    [Fact]
    public void A_written_document_conforms_to_the_schema() =>
        Assert.Empty(Checker.Check(JsonNode.Parse(ScenarioJson.Write(StandardFile.Document))));

    [Theory]
    [InlineData("negative-price", "$.market.segments[1].referencePrice")]
    [InlineData("missing-goal", "$ : « goal » obligatoire")]
    [InlineData("typo-in-field", "champ « referncePrice » non prévu")]
    [InlineData("unknown-channel-kind", "$.market.channels[0].kind : valeur hors de l'énumération")]
    [InlineData("payment-terms-90-days", "$.market.finance.referencePaymentTermsDays : 90 > maximum")]
    [InlineData("vat-rate", "$.market.segments[0].vatRate : valeur hors de l'énumération")]
    public void The_schema_rejects_what_it_documents(string broken, string expected)
    {
        var violations = Checker.Check(JsonNode.Parse(BrokenScenarios.All[broken].Text));

        Assert.Contains(violations, violation => violation.Contains(expected, StringComparison.Ordinal));
    }
}
