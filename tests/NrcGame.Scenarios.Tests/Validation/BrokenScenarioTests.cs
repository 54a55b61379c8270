namespace NrcGame.Scenarios.Tests;

/// <summary>Every broken scenario file is rejected by the loader with the expected French message, and none hides another.</summary>
public sealed class BrokenScenarioTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nrc-broken-").FullName;

    public static TheoryData<string> Names => new(BrokenScenarios.All.Keys);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_suite_has_at_least_twenty_broken_files() => Assert.True(BrokenScenarios.All.Count >= 20);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_broken_file_is_rejected_with_the_expected_message(string name)
    {
        var broken = BrokenScenarios.All[name];

        var result = ScenarioJson.Read(broken.Text, $"{name}.json");

        Assert.False(result.IsValid);
        var messages = string.Join(Environment.NewLine, result.Errors.Select(error => error.Message));
        var matching = result.Errors.Where(error => error.File == $"{name}.json" && error.Path.StartsWith(broken.Path, StringComparison.Ordinal)
            && broken.Words.All(word => error.Message.Contains(word, StringComparison.Ordinal)));
        Assert.True(matching.Any(), $"Message attendu sur « {broken.Path} » avec {string.Join(", ", broken.Words)} ; reçu :{Environment.NewLine}{messages}");
    }

    [Fact]
    public void The_loader_reports_every_broken_file_of_a_folder_and_still_loads_the_valid_one()
    {
        foreach (var broken in BrokenScenarios.All.Values) File.WriteAllText(Path.Combine(folder, broken.Name + ".json"), broken.Text);
        File.WriteAllText(Path.Combine(folder, "valide.json"), StandardFile.Text);

        var library = ScenarioLibrary.Load(folder);

        Assert.Equal(["valide"], library.Scenarios.Select(scenario => scenario.Id));
        Assert.Equal(BrokenScenarios.All.Keys.Order(StringComparer.Ordinal), library.Errors.Select(error => Path.GetFileNameWithoutExtension(error.File)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Several_errors_of_one_file_are_reported_at_once()
    {
        var text = StandardFile.Broken(root =>
        {
            var segment = root["market"]!["segments"]![0]!;
            segment["referencePrice"] = -5;
            segment["vatRate"] = 0.3;
            root["market"]!["finance"]!["referencePaymentTermsDays"] = 120;
        });

        var result = ScenarioJson.Read(text, "plusieurs.json");

        Assert.Equal(
            ["finance.referencePaymentTermsDays", "segments[B2C_GP].referencePrice", "segments[B2C_GP].vatRate"],
            result.Errors.Select(error => error.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_message_names_file_field_value_and_range_in_french()
    {
        var text = StandardFile.Broken(root => root["market"]!["segments"]![1]!["referencePrice"] = -5);

        var error = Assert.Single(ScenarioJson.Read(text, "marche-b2b.json").Errors);

        Assert.Equal("marche-b2b.json › segments[B2B_PRO].referencePrice : -5 est hors de la plage autorisée (0,01 – 100 000 €).", error.Message);
    }
}
